/** A labelled progress bar: the numbers are in the text too, not only in the bar. */
export function ProgressBar({ label, completed, total, percent }: { label: string; completed: number; total: number; percent: number }) {
  return (
    <div className="space-y-1">
      <div className="flex justify-between text-sm text-slate-700">
        <span>{label}</span>
        <span>
          {completed} of {total} lessons completed
        </span>
      </div>
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent}%`} className="h-2 overflow-hidden rounded bg-slate-200">
        <div className="h-full rounded bg-blue-700" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
