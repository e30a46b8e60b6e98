/**
 * Whether a learner may start a new attempt now. Pass the effective rules (after accommodations).
 * An open attempt is reported, not resumed: continuing it is the caller's job, and it must never be
 * silently replaced by a fresh one.
 */

export type StartRefusal = "not_open" | "closed" | "no_attempts_left" | "in_progress";
export type StartDecision = { ok: true } | { ok: false; reason: StartRefusal; message: string };

export interface StartCheck {
  now: Date;
  opensAt: Date | null;
  closesAt: Date | null;
  /** null = unlimited. */
  attemptsAllowed: number | null;
  finishedAttempts: number;
  hasOpenAttempt: boolean;
  /** For the dates in messages; UTC unless the caller knows the learner's zone. */
  timeZone?: string;
}

export function canStartAttempt(check: StartCheck): StartDecision {
  const { now, opensAt, closesAt, attemptsAllowed, finishedAttempts, hasOpenAttempt } = check;
  const when = (date: Date) => formatWhen(date, check.timeZone ?? "UTC");
  if (hasOpenAttempt) {
    return refuse("in_progress", "You already have an attempt in progress. Continue it rather than starting a new one.");
  }
  if (opensAt !== null && now < opensAt) return refuse("not_open", `This quiz opens on ${when(opensAt)}.`);
  // Moodle still allows a start at the very second of closing; such an attempt would have no time.
  if (closesAt !== null && now >= closesAt) return refuse("closed", `This quiz closed on ${when(closesAt)}.`);
  if (attemptsAllowed !== null && finishedAttempts >= attemptsAllowed) {
    const used = attemptsAllowed === 1 ? "your only attempt" : `all ${attemptsAllowed} attempts`;
    return refuse("no_attempts_left", `You have already used ${used} at this quiz.`);
  }
  return { ok: true };
}

function refuse(reason: StartRefusal, message: string): StartDecision {
  return { ok: false, reason, message };
}

/** "3 Dec 2026, 09:00 UTC": unambiguous day-month order, and the zone is always named. */
export function formatWhen(date: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
  return `${text} ${timeZone === "UTC" ? "UTC" : `(${timeZone})`}`;
}
