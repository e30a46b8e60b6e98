import { z } from "zod";
import { graded, unanswered, type GradeResult } from "./result";
import type { TrueFalseQuestion } from "./types";

/** `null` (or no value) is a question left unanswered. */
export const responseSchema = z.object({ value: z.boolean().nullable().optional() });
export type TrueFalseResponse = z.infer<typeof responseSchema>;

export interface TrueFalseView {
  type: "true_false";
  stem: string;
}

export function defaultOrder(): string[] {
  return [];
}

export function learnerView(question: TrueFalseQuestion): TrueFalseView {
  return { type: "true_false", stem: question.stem };
}

export function grade(question: TrueFalseQuestion, response: TrueFalseResponse): GradeResult {
  if (response.value === null || response.value === undefined) return unanswered();
  return graded(response.value === question.answer ? 1 : 0, {
    answerFeedback: response.value ? question.feedbackTrue : question.feedbackFalse,
  });
}

export function rightAnswer(question: TrueFalseQuestion): string {
  return question.answer ? "True" : "False";
}
