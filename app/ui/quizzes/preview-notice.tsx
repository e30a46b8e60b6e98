/** Said on every screen of a preview, so an instructor never mistakes it for a learner's attempt. */
export function PreviewNotice() {
  return (
    <p className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
      <strong>Preview.</strong> You are taking this quiz as a learner would. Nothing is recorded: no grade, no statistics, no attempt counted.
    </p>
  );
}
