import { z } from "zod";
import { gradingMethods, type GradingMethod } from "../attempts/grading-method";
import type { ReviewOptions, ReviewVisibility } from "../attempts/review-visibility";
import {
  maxSlots,
  quizStatuses,
  reviewFieldName,
  slotFieldName,
  slotOrderField,
  slotRowIds,
  type QuizStatus,
  type ReviewMomentKey,
} from "./form-fields";
import { addError, quizLimits, quizMessages, validateQuizInput, type FieldErrors, type QuizInput, type SlotInput } from "./quiz-input";
import { isTimeZone, zonedLocalToUtc } from "./time-zone";

/**
 * The quiz form as the browser posts it (every value a string, unchecked boxes absent) turned into
 * a `QuizInput`, with every problem reported against the field that shows it, all at once.
 */

type Raw = Record<string, unknown>;
export interface Parsed<T> {
  value: T;
  errors: FieldErrors;
}

const text = (raw: Raw, key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : "");
const checked = (raw: Raw, key: string) => ["on", "true", "1"].includes(text(raw, key));
const uuid = z.uuid();
const wholeNumber = /^\d+$/;

/** Minutes and seconds fields; both blank means no limit, one blank counts as 0. */
export function parseTimeLimit(minutes: string, seconds: string): Parsed<number | null> {
  const errors: FieldErrors = {};
  const [m, s] = [minutes.trim(), seconds.trim()];
  if (!m && !s) return { value: null, errors };
  const minuteValue = m ? (wholeNumber.test(m) ? Number(m) : NaN) : 0;
  const secondValue = s ? (wholeNumber.test(s) ? Number(s) : NaN) : 0;
  if (!(minuteValue >= 0 && minuteValue <= quizLimits.timeLimitMinutes)) addError(errors, "timeLimitMinutes", quizMessages.minutes);
  if (!(secondValue >= 0 && secondValue <= 59)) addError(errors, "timeLimitSeconds", quizMessages.seconds);
  if (Object.keys(errors).length) return { value: null, errors };
  const total = minuteValue * 60 + secondValue;
  if (total === 0) addError(errors, "timeLimitMinutes", quizMessages.zeroLimit);
  return { value: total || null, errors };
}

/** Opening and closing times read in the chosen zone; blank means no bound. */
export function parseWindow(opens: string, closes: string, timeZone: string): Parsed<{ opensAt: Date | null; closesAt: Date | null }> {
  const errors: FieldErrors = {};
  const zone = timeZone.trim() || "UTC";
  if (!isTimeZone(zone)) {
    addError(errors, "timeZone", quizMessages.timeZone);
    return { value: { opensAt: null, closesAt: null }, errors };
  }
  const read = (field: string, local: string): Date | null => {
    if (!local.trim()) return null;
    const result = zonedLocalToUtc(local, zone);
    if (result.ok) return result.date;
    addError(errors, field, result.reason === "gap" ? quizMessages.dateGap(zone) : quizMessages.dateFormat);
    return null;
  };
  const value = { opensAt: read("opensAt", opens), closesAt: read("closesAt", closes) };
  if (value.opensAt && value.closesAt && value.closesAt <= value.opensAt) addError(errors, "closesAt", quizMessages.closesBeforeOpens);
  return { value, errors };
}

export function parseAttemptsAllowed(input: string): Parsed<number | null> {
  const value = input.trim();
  if (!value) return { value: null, errors: {} };
  const count = wholeNumber.test(value) ? Number(value) : NaN;
  if (count >= 1 && count <= quizLimits.attempts) return { value: count, errors: {} };
  return { value: null, errors: { attemptsAllowed: [quizMessages.attempts] } };
}

/** The 4×4 grid of checkboxes: a box that is absent was left unticked. */
export function parseReviewGrid(raw: Raw): ReviewOptions {
  const moment = (key: ReviewMomentKey): ReviewVisibility => ({
    marks: checked(raw, reviewFieldName(key, "marks")),
    correctness: checked(raw, reviewFieldName(key, "correctness")),
    feedback: checked(raw, reviewFieldName(key, "feedback")),
    rightAnswer: checked(raw, reviewFieldName(key, "rightAnswer")),
  });
  return { during: moment("during"), immediately: moment("immediately"), open: moment("open"), closed: moment("closed") };
}

/** The rows in the order they stand, then any row the order left out (a page built without it). */
function slotRowOrder(raw: Raw): string[] {
  const known = new Set(slotRowIds);
  const listed = text(raw, slotOrderField)
    .split(",")
    .map((id) => id.trim())
    .filter((id) => known.has(id));
  const order = [...new Set(listed)];
  for (const id of slotRowIds) if (!order.includes(id) && text(raw, slotFieldName(id, "kind"))) order.push(id);
  return order;
}

/** Rows marked "not used" are skipped; the others become slots in the order the rows stand. */
export function parseSlots(raw: Raw): Parsed<SlotInput[]> {
  const errors: FieldErrors = {};
  const slots: SlotInput[] = [];
  for (const ref of slotRowOrder(raw)) {
    const kind = text(raw, slotFieldName(ref, "kind"));
    if (!kind) continue;
    const marksText = text(raw, slotFieldName(ref, "marks")).trim() || "1";
    const marks = /^\d{1,3}(\.\d{1,2})?$/.test(marksText) ? Number(marksText) : NaN;
    if (!(marks >= quizLimits.marks.min && marks <= quizLimits.marks.max)) addError(errors, slotFieldName(ref, "marks"), quizMessages.marks);
    const target = (field: "question" | "lesson" | "tag", message: string) => {
      const id = text(raw, slotFieldName(ref, field));
      if (uuid.safeParse(id).success) return id;
      addError(errors, slotFieldName(ref, field), message);
      return null;
    };
    if (kind === "fixed") {
      const questionId = target("question", quizMessages.slotQuestion);
      if (questionId) slots.push({ kind, questionId, marks, ref });
    } else if (kind === "lesson") {
      const lessonId = target("lesson", quizMessages.slotLesson);
      if (lessonId) slots.push({ kind, lessonId, marks, ref });
    } else if (kind === "tag") {
      const tagId = target("tag", quizMessages.slotTag);
      if (tagId) slots.push({ kind, tagId, marks, ref });
    } else {
      addError(errors, slotFieldName(ref, "kind"), quizMessages.slotKind);
    }
  }
  if (slots.length > maxSlots) addError(errors, "slots", quizMessages.tooManySlots);
  return { value: slots, errors };
}

export function parseQuizForm(raw: Raw): { ok: true; value: QuizInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const merge = (more: FieldErrors) => {
    for (const [field, messages] of Object.entries(more)) if (!errors[field]) errors[field] = messages;
  };
  const status = text(raw, "status");
  if (!quizStatuses.includes(status as QuizStatus)) addError(errors, "status", quizMessages.status);
  const gradingMethod = text(raw, "gradingMethod");
  if (!gradingMethods.includes(gradingMethod as GradingMethod)) addError(errors, "gradingMethod", quizMessages.gradingMethod);
  const timeLimit = parseTimeLimit(text(raw, "timeLimitMinutes"), text(raw, "timeLimitSeconds"));
  const window = parseWindow(text(raw, "opensAt"), text(raw, "closesAt"), text(raw, "timeZone"));
  const attempts = parseAttemptsAllowed(text(raw, "attemptsAllowed"));
  const slots = parseSlots(raw);
  [timeLimit, window, attempts, slots].forEach((part) => merge(part.errors));
  const value: QuizInput = {
    title: text(raw, "title").trim(),
    instructions: text(raw, "instructions").trim(),
    status: status as QuizStatus,
    timeLimitSeconds: timeLimit.value,
    opensAt: window.value.opensAt,
    closesAt: window.value.closesAt,
    attemptsAllowed: attempts.value,
    gradingMethod: gradingMethod as GradingMethod,
    shuffleQuestions: checked(raw, "shuffleQuestions"),
    shuffleOptions: checked(raw, "shuffleOptions"),
    reviewOptions: parseReviewGrid(raw),
    slots: slots.value,
  };
  // A slot whose row could not be read is missing from `slots`, so "add a slot" would mislead.
  const slotRowsFailed = Object.keys(errors).some((field) => field.startsWith("slots."));
  const invariants = validateQuizInput(value);
  if (slotRowsFailed) delete invariants.slots;
  merge(invariants);
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

function reportErrors(errors: FieldErrors, context: z.RefinementCtx) {
  for (const [field, messages] of Object.entries(errors)) {
    for (const message of messages) context.addIssue({ code: "custom", message, path: [field] });
  }
}

/** For `formAction`: issues keyed by the form's own field names. */
export const quizFormSchema = z.record(z.string(), z.unknown()).transform((raw, context): QuizInput => {
  const parsed = parseQuizForm(raw);
  if (parsed.ok) return parsed.value;
  reportErrors(parsed.errors, context);
  return z.NEVER;
});

const courseSlug = z.string().regex(/^[a-z0-9-]{1,100}$/, "That course was not found.");
const optionalQuizId = z.union([z.literal(""), z.uuid("That quiz was not found.")]).optional();
/** The impact the instructor confirmed, as the server named it; anything else is asked again. */
const confirmToken = z.string().regex(/^[0-9a-f]{0,64}$/, "Check what your changes affect and confirm again.").optional();

/** The form plus where it is saved: the course (checked by the guard) and, when editing, the quiz. */
export const saveQuizFormSchema = z.record(z.string(), z.unknown()).transform((raw, context) => {
  const target = z.object({ course: courseSlug, quizId: optionalQuizId, confirmImpact: confirmToken }).safeParse(raw);
  const parsed = parseQuizForm(raw);
  if (!target.success) {
    for (const issue of target.error.issues) context.addIssue({ code: "custom", message: issue.message, path: ["form"] });
  }
  if (!parsed.ok) reportErrors(parsed.errors, context);
  if (!target.success || !parsed.ok) return z.NEVER;
  return { course: target.data.course, quizId: target.data.quizId || null, confirmed: target.data.confirmImpact ?? "", quiz: parsed.value };
});

export type SaveQuizForm = z.output<typeof saveQuizFormSchema>;
export { reportErrors as reportFieldErrors };
