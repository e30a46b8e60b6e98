/**
 * When an attempt must be handed in. Fixed when the attempt starts, so later edits to the quiz
 * cannot shorten an attempt already under way.
 */

/** The earlier of start + time limit and the close time; null when the attempt has neither. */
export function attemptDeadline({
  startedAt,
  timeLimitSeconds,
  closesAt,
}: {
  startedAt: Date;
  timeLimitSeconds: number | null;
  closesAt: Date | null;
}): Date | null {
  const limitEnd = timeLimitSeconds !== null && timeLimitSeconds > 0 ? new Date(startedAt.getTime() + timeLimitSeconds * 1000) : null;
  if (limitEnd === null) return closesAt;
  if (closesAt === null) return limitEnd;
  return limitEnd < closesAt ? limitEnd : closesAt;
}

/**
 * Arriving exactly at the deadline is still in time. The grace period absorbs network delay on the
 * last save (Moodle allows 60 s by default, its "graceperiodmin").
 */
export function isPastDeadline(deadline: Date | null, now: Date, graceMs = 0): boolean {
  return deadline !== null && now.getTime() > deadline.getTime() + graceMs;
}

/**
 * Whole seconds left, never negative; null when there is no deadline. Rounded down so a countdown
 * that reaches 0 has not let the deadline pass.
 */
export function secondsLeft(deadline: Date | null, now: Date): number | null {
  if (deadline === null) return null;
  return Math.max(0, Math.floor((deadline.getTime() - now.getTime()) / 1000));
}

/** "12:34", or "1:02:03" from an hour up. */
export function formatTimeLeft(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
