const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/**
 * When a card falls due, in words a learner reads at a glance ("in 3 hours", "tomorrow", "in
 * 5 days"). Durations, not calendar days: the server does not know the learner's time zone, so
 * "tomorrow" means about a day from now (FSRS schedules whole days from the moment of the answer).
 */
export function describeNextReview(due: Date, now: Date): string {
  const ms = due.getTime() - now.getTime();
  if (ms <= 0) return "now";
  if (ms < 45 * minuteMs) return relative.format(Math.max(1, Math.round(ms / minuteMs)), "minute");
  if (ms < 20 * hourMs) return relative.format(Math.max(1, Math.round(ms / hourMs)), "hour");
  if (ms < 45 * dayMs) return relative.format(Math.max(1, Math.round(ms / dayMs)), "day");
  return relative.format(Math.round(ms / (30 * dayMs)), "month");
}
