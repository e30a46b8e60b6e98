import { z } from "zod";
import type { Rubric } from "../questions/types";

/**
 * What a grader may send for one response, checked the same way in the form and on the server:
 * a level per rubric criterion (optional), a mark between 0 and the question's maximum, a comment.
 */

export const commentMaxLength = 5_000;
export const reasonMaxLength = 1_000;

const markField = z
  .string()
  .trim()
  .min(1, "Enter a mark.")
  .refine((value) => /^\d+(\.\d{1,2})?$/.test(value), "Enter a mark as a number such as 3 or 2.5 (at most two decimals).")
  .transform(Number);

const uuid = z.uuid("That answer was not found.");

export const gradeFormSchema = z.object({
  course: z.string().min(1),
  quizId: uuid,
  responseId: uuid,
  gradeVersion: z.coerce.number().int().nonnegative(),
  mark: markField,
  comment: z.string().max(commentMaxLength, `A comment can be at most ${commentMaxLength.toLocaleString("en")} characters long.`).default(""),
  groupBy: z.enum(["question", "learner"]).default("question"),
  names: z.enum(["0", "1"]).default("0"),
});
export type GradeFormInput = z.output<typeof gradeFormSchema>;

export const overrideFormSchema = z.object({
  course: z.string().min(1),
  quizId: uuid,
  attemptId: uuid,
  responseId: uuid,
  gradeVersion: z.coerce.number().int().nonnegative(),
  mark: markField,
  names: z.enum(["0", "1"]).default("0"),
  reason: z.string().trim().min(1, "Say why you are changing this mark: it is kept in the audit log.").max(reasonMaxLength, `A reason can be at most ${reasonMaxLength.toLocaleString("en")} characters long.`),
  comment: z.string().max(commentMaxLength, `A comment can be at most ${commentMaxLength.toLocaleString("en")} characters long.`).default(""),
});
export type OverrideFormInput = z.output<typeof overrideFormSchema>;

export const requestReviewFormSchema = z.object({
  course: z.string().min(1),
  quizId: uuid,
  attemptId: uuid,
  responseId: uuid,
  names: z.enum(["0", "1"]).default("0"),
});

/** Rubric levels as the form sends them, `criterion:<key>` = level label; blanks are "not picked". */
export function criterionFields(entries: Iterable<[string, unknown]>): Record<string, string> {
  const selections: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (name.startsWith("criterion:") && typeof value === "string" && value !== "") selections[name.slice("criterion:".length)] = value;
  }
  return selections;
}

/** Rubric levels arrive as `criterion:<key>` fields; only keys of the rubric are kept. */
export function rubricSelectionsFrom(fields: Record<string, unknown>, rubric: Rubric | undefined): Record<string, string> {
  if (!rubric) return {};
  const selections: Record<string, string> = {};
  for (const criterion of rubric.criteria) {
    const value = fields[`criterion:${criterion.key}`];
    if (typeof value === "string" && value !== "") selections[criterion.key] = value;
  }
  return selections;
}

export type RubricCheck = { status: "ok"; selections: Record<string, string> } | { status: "invalid"; message: string };

/** Picking levels is optional, but levels that are picked must exist, and a partly filled rubric is a mistake. */
export function checkRubricSelections(rubric: Rubric | undefined, selections: Record<string, string>): RubricCheck {
  const keys = Object.keys(selections);
  if (keys.length === 0) return { status: "ok", selections: {} };
  if (!rubric) return { status: "invalid", message: "This question has no rubric." };
  for (const key of keys) {
    const criterion = rubric.criteria.find((candidate) => candidate.key === key);
    if (!criterion) return { status: "invalid", message: `The rubric has no criterion "${key}".` };
    if (!criterion.levels.some((level) => level.label === selections[key])) return { status: "invalid", message: `"${selections[key]}" is not a level of "${criterion.title}".` };
  }
  const missing = rubric.criteria.find((criterion) => !Object.hasOwn(selections, criterion.key));
  if (missing) return { status: "invalid", message: `Choose a level for "${missing.title}", or clear the levels you picked.` };
  return { status: "ok", selections };
}

/**
 * The mark the rubric suggests: the chosen levels' points added up. When the rubric's best total
 * differs from the question's mark, the total is scaled to it, so a rubric out of 10 can mark a
 * question worth 4. Rounded to hundredths like the mark field.
 */
export function rubricMark(rubric: Rubric, selections: Record<string, string>, maxMark: number): number | null {
  let points = 0;
  let maxPoints = 0;
  for (const criterion of rubric.criteria) {
    const level = criterion.levels.find((candidate) => candidate.label === selections[criterion.key]);
    if (!level) return null;
    points += level.points;
    maxPoints += Math.max(...criterion.levels.map((candidate) => candidate.points));
  }
  const mark = maxPoints === maxMark || maxPoints === 0 ? points : (points / maxPoints) * maxMark;
  return Math.round(Math.min(mark, maxMark) * 100) / 100;
}

export function checkMark(mark: number, maxMark: number): string | null {
  if (!Number.isFinite(mark) || mark < 0) return "A mark cannot be negative.";
  if (mark > maxMark) return `The mark can be at most ${formatMark(maxMark)}.`;
  return null;
}

/** The stored fraction for a mark, to the column's seven decimals. */
export function fractionOf(mark: number, maxMark: number): number {
  if (maxMark <= 0) return 0;
  return Math.round((mark / maxMark) * 1e7) / 1e7;
}

export function formatMark(mark: number): string {
  return Number.isInteger(mark) ? String(mark) : mark.toFixed(2).replace(/0$/, "");
}
