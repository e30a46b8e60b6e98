import { z } from "zod";
import { graded, unanswered, type GradeResult } from "./result";
import type { ShortAnswerQuestion } from "./types";

export const responseSchema = z.object({ text: z.string().max(1000, "An answer can be at most 1,000 characters long.") });
export type ShortAnswerResponse = z.infer<typeof responseSchema>;

export interface ShortAnswerView {
  type: "short_answer";
  stem: string;
}

export function defaultOrder(): string[] {
  return [];
}

export function learnerView(question: ShortAnswerQuestion): ShortAnswerView {
  return { type: "short_answer", stem: question.stem };
}

/** Trims, collapses inner whitespace and composes accents the same way for answers and responses. */
export function normaliseText(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ");
}

/**
 * Whether `response` matches an answer pattern, as Moodle's short answer compares them: the whole
 * response must match; a run of unescaped `*` matches any characters (none included); `\*` is a
 * literal asterisk; everything else is literal, and case is ignored unless asked for.
 */
export function matchesAnswer(pattern: string, response: string, caseSensitive = false): boolean {
  const literal = (bit: string) => bit.replaceAll("\\*", "*").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const source = normaliseText(pattern).split(/(?<!\\)\*+/).map(literal).join(".*");
  return new RegExp(`^${source}$`, caseSensitive ? "su" : "isu").test(normaliseText(response));
}

/**
 * The highest fraction among the answers the response matches; on a tie the earlier answer (and
 * its feedback) wins. Moodle takes the first match in the listed order, which is the same thing
 * when answers are listed best first, as Moodle's editor encourages; taking the best is kinder
 * when they are not (a `*` catch-all listed early). No match scores 0.
 */
export function grade(question: ShortAnswerQuestion, response: ShortAnswerResponse): GradeResult {
  if (normaliseText(response.text) === "") return unanswered();
  const best = question.answers
    .filter((answer) => matchesAnswer(answer.text, response.text, question.caseSensitive))
    .reduce<ShortAnswerQuestion["answers"][number] | undefined>((top, answer) => (!top || answer.fraction > top.fraction ? answer : top), undefined);
  if (!best) return graded(0, {});
  return graded(best.fraction, best.feedback ? { answerFeedback: best.feedback } : {});
}

export function rightAnswer(question: ShortAnswerQuestion): string {
  const best = question.answers.reduce((top, answer) => (answer.fraction > top.fraction ? answer : top));
  return best.text.replaceAll("\\*", "*");
}
