import { z } from "zod";
import { attemptDeadline } from "./deadline";
import type { EffectiveRules } from "./accommodations";

/**
 * Moving the deadline of an attempt already under way. Both ways of doing it only ever give the
 * learner more time: "Extend now" adds minutes, and a saved accommodation lengthens the attempt to
 * what the new rules give from its start, never shortening one that was extended by hand.
 */

export const extendLimits = { minMinutes: 1, maxMinutes: 240 } as const;

export const extendMessages = {
  minutes: `Enter whole minutes from ${extendLimits.minMinutes} to ${extendLimits.maxMinutes}.`,
  attempt: "That attempt was not found.",
  submitted: "This attempt has already been submitted, so its time cannot be extended.",
  timeUp: "Time is already up for this attempt: it is being submitted and cannot be extended.",
  untimed: "This attempt has no time limit or close, so there is nothing to extend.",
} as const;

export const extendFormSchema = z.object({
  course: z.string().regex(/^[a-z0-9-]{1,100}$/, "That course was not found."),
  quizId: z.uuid("That quiz was not found."),
  attemptId: z.uuid(extendMessages.attempt),
  minutes: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, extendMessages.minutes)
    .transform(Number)
    .pipe(z.number().int().min(extendLimits.minMinutes, extendMessages.minutes).max(extendLimits.maxMinutes, extendMessages.minutes)),
});

export function extendedDeadline(deadline: Date, minutes: number): Date {
  return new Date(deadline.getTime() + minutes * 60_000);
}

/**
 * The deadline an open attempt moves to under new rules, or null when it stays as it is: it has
 * none (an untimed attempt stays untimed), or the new rules would not make it later.
 */
export function lengthenedDeadline({ current, startedAt, rules }: { current: Date | null; startedAt: Date; rules: Pick<EffectiveRules, "timeLimitSeconds" | "closesAt"> }): Date | null {
  if (current === null) return null;
  const next = attemptDeadline({ startedAt, timeLimitSeconds: rules.timeLimitSeconds, closesAt: rules.closesAt });
  return next !== null && next > current ? next : null;
}

/** What the learner's page says when its deadline moves later; "" when it did not. */
export function extensionAnnouncement(before: string | null, after: string | null): string {
  if (before === null || after === null) return "";
  const gainedSeconds = Math.round((Date.parse(after) - Date.parse(before)) / 1000);
  if (!(gainedSeconds >= 1)) return "";
  const minutes = Math.floor(gainedSeconds / 60);
  const seconds = gainedSeconds % 60;
  const parts = [minutes > 0 && `${minutes} minute${minutes === 1 ? "" : "s"}`, seconds > 0 && `${seconds} second${seconds === 1 ? "" : "s"}`].filter(Boolean);
  return `Your time has been extended by ${parts.join(" and ")}.`;
}
