import { z } from "zod";
import { graded, invalid, unanswered, type GradeResult } from "./result";
import type { NumericalQuestion } from "./types";

/** The raw text the learner typed; it is read as a number when grading, so a typo can be explained. */
export const responseSchema = z.object({ text: z.string().max(100, "A number can be at most 100 characters long.") });
export type NumericalResponse = z.infer<typeof responseSchema>;

export interface NumericalView {
  type: "numerical";
  stem: string;
  unit?: string;
}

export function defaultOrder(): string[] {
  return [];
}

export function learnerView(question: NumericalQuestion): NumericalView {
  return question.unit ? { type: "numerical", stem: question.stem, unit: question.unit } : { type: "numerical", stem: question.stem };
}

/** Digits with an optional sign, commas only between groups of three, one decimal point, an optional exponent. */
const NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

const squash = (text: string) => text.trim().replace(/\s+/g, " ");

/** The number in `text`, which may end with `unit` (any case, spacing optional); null when it is not one. */
export function parseNumber(text: string, unit?: string): number | null {
  let candidate = squash(text);
  const suffix = unit ? squash(unit).toLowerCase() : "";
  if (suffix && candidate.toLowerCase().endsWith(suffix)) candidate = candidate.slice(0, -suffix.length).trimEnd();
  if (!NUMBER.test(candidate)) return null;
  const value = Number(candidate.replaceAll(",", ""));
  return Number.isFinite(value) ? value : null;
}

/**
 * Whether `value` is within `tolerance` of `target`, ends included. The slack of a few units in
 * the last place keeps decimal edges inclusive (0.3 ± 0.1 must accept 0.4); Moodle pads its
 * tolerance interval for the same reason.
 */
export function withinTolerance(value: number, target: number, tolerance: number): boolean {
  const slack = 1e-12 * Math.max(1, Math.abs(target), tolerance);
  return Math.abs(value - target) <= tolerance + slack;
}

/** The highest fraction among the answers the number falls within; ties go to the earlier answer. */
export function grade(question: NumericalQuestion, response: NumericalResponse): GradeResult {
  if (squash(response.text) === "") return unanswered();
  const value = parseNumber(response.text, question.unit);
  if (value === null) {
    const unit = question.unit ? `, optionally followed by "${question.unit}"` : "";
    return invalid(`"${squash(response.text)}" is not a number. Write digits, such as 15, 1,500, 2.5 or 8e6${unit}.`);
  }
  const best = question.answers
    .filter((answer) => answer.value === "*" || withinTolerance(value, answer.value, answer.tolerance))
    .reduce<NumericalQuestion["answers"][number] | undefined>((top, answer) => (!top || answer.fraction > top.fraction ? answer : top), undefined);
  if (!best) return graded(0, {});
  return graded(best.fraction, best.feedback ? { answerFeedback: best.feedback } : {});
}

export function rightAnswer(question: NumericalQuestion): string {
  const numeric = question.answers.filter((answer) => answer.value !== "*");
  const best = numeric.reduce<(typeof numeric)[number] | undefined>((top, answer) => (!top || answer.fraction > top.fraction ? answer : top), undefined);
  if (!best) return "Any number";
  const tolerance = best.tolerance > 0 ? ` ± ${best.tolerance}` : "";
  return `${best.value}${tolerance}${question.unit ? ` ${question.unit}` : ""}`;
}
