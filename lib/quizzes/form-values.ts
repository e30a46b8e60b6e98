import type { GradingMethod } from "../attempts/grading-method";
import { defaultReviewOptions, type ReviewOptions } from "../attempts/review-visibility";
import { defaultMarks, reviewFieldName, reviewMoments, reviewParts, slotFieldName, slotRowIds, type QuizStatus } from "./form-fields";
import { utcToZonedLocal } from "./time-zone";

/**
 * What the quiz form shows before anything is typed: a new quiz's defaults, or a stored quiz
 * spelled as the form's strings. Times are shown in UTC, the zone the form starts on.
 */

export interface StoredQuizSettings {
  title: string;
  instructions: string;
  status: QuizStatus;
  timeLimitSeconds: number | null;
  opensAt: Date | null;
  closesAt: Date | null;
  attemptsAllowed: number | null;
  gradingMethod: GradingMethod;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  reviewOptions: ReviewOptions;
}

export interface StoredSlot {
  kind: "fixed" | "random";
  questionId: string | null;
  randomLessonId: string | null;
  randomTagId: string | null;
  marks: number;
}

export interface QuizFormValues {
  values: Record<string, string>;
  /** Row ids in the order the rows are shown. */
  slotOrder: string[];
}

/** Blank rows offered after the existing slots, so more can be added without scripts. */
export const spareSlotRows = 2;

function reviewValues(options: ReviewOptions): Record<string, string> {
  return Object.fromEntries(
    reviewMoments.flatMap((moment) => reviewParts.map((part) => [reviewFieldName(moment.key, part.key), options[moment.key][part.key] ? "on" : ""])),
  );
}

function blankRows(from: number, count: number): Record<string, string> {
  return Object.fromEntries(slotRowIds.slice(from, from + count).flatMap((id) => [[slotFieldName(id, "kind"), ""], [slotFieldName(id, "marks"), defaultMarks]]));
}

export function newQuizFormValues(): QuizFormValues {
  const rows = 3;
  return {
    values: {
      title: "",
      instructions: "",
      status: "draft",
      timeLimitMinutes: "",
      timeLimitSeconds: "",
      opensAt: "",
      closesAt: "",
      timeZone: "UTC",
      attemptsAllowed: "",
      gradingMethod: "highest",
      shuffleQuestions: "",
      shuffleOptions: "on",
      ...reviewValues(defaultReviewOptions),
      ...blankRows(0, rows),
    },
    slotOrder: slotRowIds.slice(0, rows),
  };
}

export function storedQuizFormValues(quiz: StoredQuizSettings, slots: readonly StoredSlot[], timeZone = "UTC"): QuizFormValues {
  const limit = quiz.timeLimitSeconds;
  const slotValues = slots.flatMap((slot, index) => {
    const id = slotRowIds[index]!;
    const kind = slot.kind === "fixed" ? "fixed" : slot.randomLessonId ? "lesson" : "tag";
    return [
      [slotFieldName(id, "kind"), kind],
      [slotFieldName(id, "question"), slot.questionId ?? ""],
      [slotFieldName(id, "lesson"), slot.randomLessonId ?? ""],
      [slotFieldName(id, "tag"), slot.randomTagId ?? ""],
      [slotFieldName(id, "marks"), String(slot.marks)],
    ];
  });
  const spare = Math.max(0, Math.min(spareSlotRows, slotRowIds.length - slots.length));
  return {
    values: {
      title: quiz.title,
      instructions: quiz.instructions,
      status: quiz.status,
      timeLimitMinutes: limit === null ? "" : String(Math.floor(limit / 60)),
      timeLimitSeconds: limit === null ? "" : String(limit % 60),
      opensAt: quiz.opensAt ? utcToZonedLocal(quiz.opensAt, timeZone) : "",
      closesAt: quiz.closesAt ? utcToZonedLocal(quiz.closesAt, timeZone) : "",
      timeZone,
      attemptsAllowed: quiz.attemptsAllowed === null ? "" : String(quiz.attemptsAllowed),
      gradingMethod: quiz.gradingMethod,
      shuffleQuestions: quiz.shuffleQuestions ? "on" : "",
      shuffleOptions: quiz.shuffleOptions ? "on" : "",
      ...reviewValues(quiz.reviewOptions),
      ...Object.fromEntries(slotValues),
      ...blankRows(slots.length, spare),
    },
    slotOrder: slotRowIds.slice(0, slots.length + spare),
  };
}

/** A stored accommodation spelled as the accommodation form's adjustment fields (close time in UTC). */
export function accommodationFormValues(
  row: { timeMultiplier: number | null; extraSeconds: number | null; extraAttempts: number | null; closesAt: Date | null } | null,
): Record<"timeMultiplier" | "extraMinutes" | "extraAttempts" | "closesAt" | "timeZone", string> {
  return {
    timeMultiplier: row?.timeMultiplier ? String(row.timeMultiplier) : "",
    extraMinutes: row?.extraSeconds ? String(Math.round(row.extraSeconds / 60)) : "",
    extraAttempts: row?.extraAttempts ? String(row.extraAttempts) : "",
    closesAt: row?.closesAt ? utcToZonedLocal(row.closesAt, "UTC") : "",
    timeZone: "UTC",
  };
}
