import type { ContentQuestion } from "./schema";

/**
 * Per-option shares of the mark. Single choice: the key gives 1. Multiple response: the right
 * options share +1 and each wrong option takes away as much as one right option gives (the
 * total is floored at 0 when grading).
 */
export function optionFractions(question: Extract<ContentQuestion, { type: "single_choice" | "multiple_response" }>): number[] {
  if (question.type === "single_choice") return question.options.map((option) => (option.correct ? 1 : 0));
  const right = question.options.filter((option) => option.correct).length;
  return question.options.map((option) => (option.correct ? 1 / right : -1 / right));
}
