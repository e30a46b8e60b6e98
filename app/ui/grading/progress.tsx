/** "N of M graded" with a bar; the numbers are the accessible text, the bar is their picture. */
export function GradingProgress({ graded, total }: { graded: number; total: number }) {
  return (
    <div className="space-y-1">
      <p id="grading-progress-label" className="font-medium">
        {graded} of {total} graded
      </p>
      <progress aria-labelledby="grading-progress-label" value={graded} max={Math.max(total, 1)} className="h-3 w-full max-w-md accent-blue-700" />
    </div>
  );
}
