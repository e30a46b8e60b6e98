import type { GradingMethod } from "../attempts/grading-method";
import type { ReviewOptions } from "../attempts/review-visibility";
import { maxSlots, type QuizStatus } from "./form-fields";

/**
 * A quiz as an instructor configures it, already typed: what the form parses into and what the
 * service (and the seed) store. `validateQuizInput` holds the rules that do not need the database.
 */

export type SlotInput = (
  | { kind: "fixed"; questionId: string }
  | { kind: "lesson"; lessonId: string }
  | { kind: "tag"; tagId: string }
) & {
  marks: number;
  /** The form row it came from, so a message can be shown beside it. */
  ref?: string;
};

export interface QuizInput {
  title: string;
  instructions: string;
  status: QuizStatus;
  /** null = no limit. */
  timeLimitSeconds: number | null;
  opensAt: Date | null;
  closesAt: Date | null;
  /** null = unlimited. */
  attemptsAllowed: number | null;
  gradingMethod: GradingMethod;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  reviewOptions: ReviewOptions;
  slots: SlotInput[];
}

export type FieldErrors = Record<string, string[]>;

export const quizLimits = {
  title: 200,
  instructions: 10_000,
  timeLimitMinutes: 10_080,
  attempts: 100,
  marks: { min: 0.01, max: 100 },
} as const;

export const quizMessages = {
  titleRequired: "Give the quiz a title.",
  titleTooLong: `A title can be at most ${quizLimits.title} characters.`,
  instructionsTooLong: `Instructions can be at most ${quizLimits.instructions.toLocaleString("en")} characters.`,
  status: "Choose draft or published.",
  minutes: `Enter whole minutes from 0 to ${quizLimits.timeLimitMinutes.toLocaleString("en")}, or leave both fields blank.`,
  seconds: "Enter whole seconds from 0 to 59, or leave both fields blank.",
  zeroLimit: "A time limit must be at least 1 second. Leave both fields blank for no limit.",
  dateFormat: "Enter a date and time, or leave the field blank.",
  dateGap: (timeZone: string) => `Clocks in ${timeZone} skip this time when they go forward. Choose a time outside the change.`,
  timeZone: "Choose a time zone from the list.",
  closesBeforeOpens: "The quiz must close after it opens.",
  attempts: `Enter a whole number from 1 to ${quizLimits.attempts}, or leave blank for unlimited attempts.`,
  gradingMethod: "Choose how the attempts are graded.",
  noSlots: "Add at least one question slot.",
  tooManySlots: `A quiz can have at most ${maxSlots} slots.`,
  slotKind: "Choose what goes in this slot.",
  slotQuestion: "Choose a question.",
  slotLesson: "Choose a lesson.",
  slotTag: "Choose a tag.",
  marks: `Marks must be a number from ${quizLimits.marks.min} to ${quizLimits.marks.max}, with at most two decimals.`,
  duplicateQuestion: (slot: number) => `This question is already in slot ${slot}.`,
  questionNotInCourse: "This question is not an active question of this course.",
  lessonNotInCourse: "This lesson is not part of this course.",
  tagNotInCourse: "This tag is not used in this course.",
} as const;

export function addError(errors: FieldErrors, field: string, message: string) {
  (errors[field] ??= []).push(message);
}

/** Where a slot's message is shown: its form row when it has one, else its position. */
export function slotErrorField(slot: SlotInput, index: number, field: "kind" | "question" | "lesson" | "tag" | "marks") {
  return `slots.${slot.ref ?? index}.${field}`;
}

export function slotTargetField(slot: SlotInput): "question" | "lesson" | "tag" {
  return slot.kind === "fixed" ? "question" : slot.kind;
}

export function validMarks(marks: number): boolean {
  return (
    Number.isFinite(marks) &&
    marks >= quizLimits.marks.min &&
    marks <= quizLimits.marks.max &&
    Math.abs(Math.round(marks * 100) - marks * 100) < 1e-6
  );
}

/** The rules a quiz must meet whoever builds it: the form, the seed or an import. */
export function validateQuizInput(input: QuizInput): FieldErrors {
  const errors: FieldErrors = {};
  const title = input.title.trim();
  if (!title) addError(errors, "title", quizMessages.titleRequired);
  else if (title.length > quizLimits.title) addError(errors, "title", quizMessages.titleTooLong);
  if (input.instructions.length > quizLimits.instructions) addError(errors, "instructions", quizMessages.instructionsTooLong);
  if (input.timeLimitSeconds !== null) {
    if (!Number.isInteger(input.timeLimitSeconds) || input.timeLimitSeconds < 1) addError(errors, "timeLimitMinutes", quizMessages.zeroLimit);
    else if (input.timeLimitSeconds > quizLimits.timeLimitMinutes * 60 + 59) addError(errors, "timeLimitMinutes", quizMessages.minutes);
  }
  if (input.opensAt && input.closesAt && input.closesAt.getTime() <= input.opensAt.getTime()) {
    addError(errors, "closesAt", quizMessages.closesBeforeOpens);
  }
  if (input.attemptsAllowed !== null && (!Number.isInteger(input.attemptsAllowed) || input.attemptsAllowed < 1 || input.attemptsAllowed > quizLimits.attempts)) {
    addError(errors, "attemptsAllowed", quizMessages.attempts);
  }
  if (input.slots.length === 0) addError(errors, "slots", quizMessages.noSlots);
  if (input.slots.length > maxSlots) addError(errors, "slots", quizMessages.tooManySlots);
  const seen = new Map<string, number>();
  input.slots.forEach((slot, index) => {
    if (!validMarks(slot.marks)) addError(errors, slotErrorField(slot, index, "marks"), quizMessages.marks);
    if (slot.kind !== "fixed") return;
    const earlier = seen.get(slot.questionId);
    if (earlier === undefined) seen.set(slot.questionId, index + 1);
    else addError(errors, slotErrorField(slot, index, "question"), quizMessages.duplicateQuestion(earlier));
  });
  return errors;
}
