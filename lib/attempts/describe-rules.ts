import type { GradingMethod } from "./grading-method";

/** Rules in the words a learner reads on the quiz page. */

export function formatDuration(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts = [unit(hours, "hour"), unit(minutes, "minute"), unit(seconds, "second")].filter(Boolean);
  return parts.length === 0 ? "0 seconds" : parts.join(" ");
}

function unit(count: number, name: string): string {
  return count === 0 ? "" : `${count} ${name}${count === 1 ? "" : "s"}`;
}

export const gradingMethodDescriptions: Record<GradingMethod, string> = {
  highest: "Your best attempt counts.",
  average: "The average of your attempts counts.",
  first: "Your first attempt counts.",
  last: "Your last attempt counts.",
};

export function attemptsAllowedText(allowed: number | null, used: number): string {
  if (allowed === null) return `Unlimited attempts (${used} used).`;
  return `${used} of ${allowed} attempt${allowed === 1 ? "" : "s"} used.`;
}

export function marksText(mark: number | null | undefined, max: number): string {
  const round = (value: number) => String(Math.round(value * 100) / 100);
  return mark === null || mark === undefined ? `? / ${round(max)}` : `${round(mark)} / ${round(max)}`;
}
