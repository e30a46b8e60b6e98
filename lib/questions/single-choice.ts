import { z } from "zod";
import { graded, invalid, unanswered, type GradeResult } from "./result";
import { arrange } from "./shuffle";
import type { SingleChoiceQuestion } from "./types";

export const responseSchema = z.object({ choice: z.string().max(100) });
export type SingleChoiceResponse = z.infer<typeof responseSchema>;

export interface SingleChoiceView {
  type: "single_choice";
  stem: string;
  options: { key: string; text: string }[];
}

export function defaultOrder(question: SingleChoiceQuestion): string[] {
  return question.options.map((option) => option.key);
}

export function learnerView(question: SingleChoiceQuestion, order: readonly string[]): SingleChoiceView {
  const byKey = new Map(question.options.map((option) => [option.key, option]));
  return {
    type: "single_choice",
    stem: question.stem,
    options: arrange(defaultOrder(question), order).map((key) => ({ key, text: byKey.get(key)!.text })),
  };
}

/** The chosen option's fraction. A negative one (an imported penalty) counts as 0. */
export function grade(question: SingleChoiceQuestion, response: SingleChoiceResponse): GradeResult {
  if (response.choice === "") return unanswered();
  const chosen = question.options.find((option) => option.key === response.choice);
  if (!chosen) return invalid("The answer chosen is not one of this question's options. Reload the question and choose again.");
  const perOption = Object.fromEntries(
    question.options.map((option) => [
      option.key,
      option === chosen ? { chosen: true, right: option.fraction > 0, feedback: option.feedback } : { chosen: false, right: option.fraction > 0 },
    ]),
  );
  return graded(chosen.fraction, { answerFeedback: chosen.feedback, perOption });
}

export function rightAnswer(question: SingleChoiceQuestion): string {
  const best = question.options.reduce((top, option) => (option.fraction > top.fraction ? option : top));
  return best.text;
}
