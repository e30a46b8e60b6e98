import type { z } from "zod";
import * as essay from "./essay";
import * as matching from "./matching";
import * as multipleResponse from "./multiple-response";
import * as numerical from "./numerical";
import * as ordering from "./ordering";
import { invalid, unanswered, type GradeResult } from "./result";
import { shuffleWith } from "./shuffle";
import * as shortAnswer from "./short-answer";
import * as singleChoice from "./single-choice";
import * as trueFalse from "./true-false";
import type { Question } from "./types";

/**
 * The question engine: what a learner may see of a question, how a response is graded and what
 * the right answer is, for every question type. Pure: no database, no framework.
 */

export type LearnerView =
  | singleChoice.SingleChoiceView
  | multipleResponse.MultipleResponseView
  | trueFalse.TrueFalseView
  | shortAnswer.ShortAnswerView
  | numerical.NumericalView
  | matching.MatchingView
  | ordering.OrderingView
  | essay.EssayView;

/** What each type's module provides. */
interface Kind<Q, R, V extends LearnerView> {
  responseSchema: z.ZodType<R>;
  grade(question: Q, response: R): GradeResult;
  learnerView(question: Q, order: readonly string[]): V;
  rightAnswer(question: Q): string;
  defaultOrder(question: Q): string[];
}

interface Bound {
  grade(raw: unknown): GradeResult;
  learnerView(order: readonly string[]): LearnerView;
  rightAnswer(): string;
  defaultOrder(): string[];
}

function bind(question: Question): Bound {
  switch (question.type) {
    case "single_choice":
      return bound(singleChoice, question);
    case "multiple_response":
      return bound(multipleResponse, question);
    case "true_false":
      return bound(trueFalse, question);
    case "short_answer":
      return bound(shortAnswer, question);
    case "numerical":
      return bound(numerical, question);
    case "matching":
      return bound(matching, question);
    case "ordering":
      return bound(ordering, question);
    case "essay":
      return bound(essay, question);
  }
}

function bound<Q, R, V extends LearnerView>(kind: Kind<Q, R, V>, question: Q): Bound {
  return {
    grade(raw) {
      const parsed = kind.responseSchema.safeParse(raw, { error: plainIssue });
      return parsed.success ? kind.grade(question, parsed.data) : invalid(parsed.error.issues[0]?.message ?? "This answer cannot be read.");
    },
    learnerView: (order) => kind.learnerView(question, order),
    rightAnswer: () => kind.rightAnswer(question),
    defaultOrder: () => kind.defaultOrder(question),
  };
}

/** Zod's wording for a malformed response, unless the schema words it itself. */
function plainIssue(issue: { code?: string; path?: PropertyKey[]; expected?: unknown }): string {
  const field = issue.path?.length ? `"${issue.path.map(String).join(".")}"` : "the response";
  if (issue.code === "invalid_type" && typeof issue.expected === "string") {
    return `This answer cannot be read: ${field} should be ${/^[aeiou]/.test(issue.expected) ? "an" : "a"} ${issue.expected}.`;
  }
  if (issue.code === "too_big") return `This answer cannot be read: ${field} is too long.`;
  return `This answer cannot be read: ${field} is not valid.`;
}

/**
 * Grades a response as it arrived (a form post, JSON): checked against the type's response schema
 * first. Never throws: a malformed response is `invalid` with a message a learner can act on;
 * `null` or `undefined` is a question left unanswered.
 */
export function gradeResponse(question: Question, rawResponse: unknown): GradeResult {
  if (rawResponse === null || rawResponse === undefined) return unanswered();
  try {
    return bind(question).grade(rawResponse);
  } catch {
    return invalid("This answer could not be graded. Please try again.");
  }
}

/**
 * What may be sent to the browser before review: no fractions, feedback, explanation or answers.
 * `order` is the attempt's display order (see `displayOrder`); it defaults to `defaultOrder`.
 */
export function learnerViewOf(question: Question, order: readonly string[] = defaultOrder(question)): LearnerView {
  return bind(question).learnerView(order);
}

/** A plain-text summary of the correct response, for review. */
export function rightAnswerOf(question: Question): string {
  return bind(question).rightAnswer();
}

/**
 * The ids that a display order arranges, unshuffled: option keys (choice questions), answer ids
 * (matching), item ids (ordering, alphabetically); empty for the other types.
 */
export function defaultOrder(question: Question): string[] {
  return bind(question).defaultOrder();
}

/**
 * The display order for one attempt at the question, stable for the same seed (say, the attempt
 * id and the question id). Ordering questions are always shuffled, and never into the answer;
 * choices and matching answers are shuffled unless the question says `shuffle: false`.
 */
export function displayOrder(question: Question, seed: string): string[] {
  if (question.type === "ordering") return ordering.shuffledOrder(question, seed);
  const base = defaultOrder(question);
  return "shuffle" in question && question.shuffle === false ? base : shuffleWith(seed, base);
}

export { gradeEssayWithRubric, type RubricGrade } from "./essay";
export { fromStoredVersion, type StoredVersion } from "./from-content";
export type { Feedback, GradeResult } from "./result";
export { shuffleWith } from "./shuffle";
export * from "./types";
export const responseSchemas = {
  single_choice: singleChoice.responseSchema,
  multiple_response: multipleResponse.responseSchema,
  true_false: trueFalse.responseSchema,
  short_answer: shortAnswer.responseSchema,
  numerical: numerical.responseSchema,
  matching: matching.responseSchema,
  ordering: ordering.responseSchema,
  essay: essay.responseSchema,
} as const;
