import { z } from "zod";
import { graded, invalid, unanswered, type GradeResult } from "./result";
import { arrange } from "./shuffle";
import type { MultipleResponseQuestion } from "./types";

export const responseSchema = z.object({
  choices: z
    .array(z.string().max(100))
    .max(50)
    .refine((choices) => new Set(choices).size === choices.length, "Each option can be chosen only once."),
});
export type MultipleResponseResponse = z.infer<typeof responseSchema>;

export interface MultipleResponseView {
  type: "multiple_response";
  stem: string;
  options: { key: string; text: string }[];
}

export function defaultOrder(question: MultipleResponseQuestion): string[] {
  return question.options.map((option) => option.key);
}

export function learnerView(question: MultipleResponseQuestion, order: readonly string[]): MultipleResponseView {
  const byKey = new Map(question.options.map((option) => [option.key, option]));
  return {
    type: "multiple_response",
    stem: question.stem,
    options: arrange(defaultOrder(question), order).map((key) => ({ key, text: byKey.get(key)!.text })),
  };
}

/**
 * The sum of the chosen options' fractions, floored at 0 and capped at 1 (Moodle's multichoice with
 * several answers): a wrong option takes away what its negative fraction says. All or nothing
 * instead gives 1 for exactly the options that earn credit and 0 for anything else.
 */
export function grade(question: MultipleResponseQuestion, response: MultipleResponseResponse): GradeResult {
  if (response.choices.length === 0) return unanswered();
  const chosen = new Set(response.choices);
  if (chosen.size !== response.choices.length) return invalid("Each option can be chosen only once.");
  const keys = new Set(question.options.map((option) => option.key));
  if (response.choices.some((key) => !keys.has(key))) {
    return invalid("One of the answers chosen is not among this question's options. Reload the question and choose again.");
  }
  const perOption = Object.fromEntries(
    question.options.map((option) => {
      const right = option.fraction > 0;
      return [option.key, chosen.has(option.key) ? { chosen: true, right, feedback: option.feedback } : { chosen: false, right }];
    }),
  );
  const fraction = question.allOrNothing
    ? Number(question.options.every((option) => chosen.has(option.key) === option.fraction > 0))
    : question.options.reduce((sum, option) => (chosen.has(option.key) ? sum + option.fraction : sum), 0);
  return graded(fraction, { perOption });
}

export function rightAnswer(question: MultipleResponseQuestion): string {
  return question.options
    .filter((option) => option.fraction > 0)
    .map((option) => option.text)
    .join("\n");
}
