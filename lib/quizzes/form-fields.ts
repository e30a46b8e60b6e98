import type { GradingMethod } from "../attempts/grading-method";
import type { ReviewOptions, ReviewVisibility } from "../attempts/review-visibility";
import type { QuestionType } from "../content/schema";

/**
 * The quiz form's vocabulary: field names, choices and their plain-language labels. Free of zod
 * and of the database, so the browser can import it without shipping either.
 */

export const quizStatuses = ["draft", "published"] as const;
export type QuizStatus = (typeof quizStatuses)[number];

export const statusChoices: { value: QuizStatus; label: string; description: string }[] = [
  { value: "draft", label: "Draft", description: "Hidden from learners while you prepare it." },
  { value: "published", label: "Published", description: "Learners see it, and may attempt it while it is open." },
];

export const gradingMethodChoices: { value: GradingMethod; label: string; description: string }[] = [
  { value: "highest", label: "Highest grade", description: "The best of the learner's attempts counts." },
  { value: "average", label: "Average grade", description: "The mean of all the learner's graded attempts counts." },
  { value: "first", label: "First attempt", description: "Only the first attempt counts; later ones are practice." },
  { value: "last", label: "Last attempt", description: "The most recent attempt counts, even if an earlier one was better." },
];

export type ReviewMomentKey = keyof ReviewOptions;
export type ReviewPartKey = keyof ReviewVisibility;

export const reviewMoments: { key: ReviewMomentKey; label: string }[] = [
  { key: "during", label: "During the attempt" },
  { key: "immediately", label: "Immediately after" },
  { key: "open", label: "Later, while open" },
  { key: "closed", label: "After close" },
];

export const reviewParts: { key: ReviewPartKey; label: string }[] = [
  { key: "marks", label: "Marks" },
  { key: "correctness", label: "Correctness" },
  { key: "feedback", label: "Feedback" },
  { key: "rightAnswer", label: "Right answer" },
];

export const reviewFieldName = (moment: ReviewMomentKey, part: ReviewPartKey) => `review.${moment}.${part}`;

/** What a slot holds: a chosen question, or one drawn at random from a lesson or a tag. */
export const slotKinds = ["fixed", "lesson", "tag"] as const;
export type SlotKind = (typeof slotKinds)[number];

export const slotKindChoices: { value: SlotKind | ""; label: string }[] = [
  { value: "", label: "Not used" },
  { value: "fixed", label: "A chosen question" },
  { value: "lesson", label: "Random from a lesson" },
  { value: "tag", label: "Random with a tag" },
];

/**
 * Slot rows are named by a stable row id (s0, s1 …) rather than their position, so moving a row
 * does not move what was typed into it; `slotOrder` lists the ids in the order the rows stand.
 */
export const maxSlots = 50;
export const slotRowIds = Array.from({ length: maxSlots }, (_, index) => `s${index}`);
export const slotFields = ["kind", "question", "lesson", "tag", "marks"] as const;
export type SlotField = (typeof slotFields)[number];
export const slotFieldName = (rowId: string, field: SlotField) => `slots.${rowId}.${field}`;
export const slotOrderField = "slotOrder";
/** The change impact the instructor confirmed ("Save anyway"); see server/quizzes/change-impact. */
export const confirmImpactField = "confirmImpact";
export const defaultMarks = "1";

export const quizFields = [
  "title",
  "instructions",
  "status",
  "timeLimitMinutes",
  "timeLimitSeconds",
  "opensAt",
  "closesAt",
  "timeZone",
  "attemptsAllowed",
  "gradingMethod",
  "shuffleQuestions",
  "shuffleOptions",
] as const;

/** Every field whose value goes back into the form when it is returned with errors. */
export const quizFormKeys: string[] = [
  ...quizFields,
  slotOrderField,
  ...reviewMoments.flatMap((moment) => reviewParts.map((part) => reviewFieldName(moment.key, part.key))),
  ...slotRowIds.flatMap((rowId) => slotFields.map((field) => slotFieldName(rowId, field))),
];

export const questionTypeLabels: Record<QuestionType, string> = {
  single_choice: "Single choice",
  multiple_response: "Multiple response",
  true_false: "True/false",
  short_answer: "Short answer",
  numerical: "Numerical",
  matching: "Matching",
  ordering: "Ordering",
  essay: "Essay",
};

export const accommodationFields = ["userId", "scope", "timeMultiplier", "extraMinutes", "extraAttempts", "closesAt", "timeZone"] as const;
export const accommodationScopes = ["quiz", "course"] as const;
export type AccommodationScope = (typeof accommodationScopes)[number];
/** The learner's accommodations page asks for the quiz (blank = every quiz) instead of learner and scope. */
export const learnerAccommodationFields = ["quizId", "timeMultiplier", "extraMinutes", "extraAttempts", "closesAt", "timeZone"] as const;
