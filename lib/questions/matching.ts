import { z } from "zod";
import { graded, invalid, unanswered, type GradeResult } from "./result";
import { arrange, compareText, opaqueIds } from "./shuffle";
import type { MatchingQuestion } from "./types";

/** Prompt id → answer id; an empty answer id (or a missing prompt) leaves that prompt unanswered. */
export const responseSchema = z.object({ pairs: z.record(z.string().max(100), z.string().max(100)) });
export type MatchingResponse = z.infer<typeof responseSchema>;

export interface MatchingView {
  type: "matching";
  stem: string;
  prompts: { id: string; text: string }[];
  /** Every pair's answer and the distractors, once each, under ids that do not say which prompt they belong to. */
  answers: { id: string; text: string }[];
}

/**
 * The answers a learner chooses from: the pairs' answers and the distractors, each distinct text
 * once (as Moodle merges equal choices), in code-point order with ids from that rank.
 */
export function answerPool(question: MatchingQuestion): { id: string; text: string }[] {
  const texts = [...new Set([...question.pairs.map((pair) => pair.answer), ...question.distractors])].sort(compareText);
  const ids = opaqueIds("a", texts);
  return texts.map((text, index) => ({ id: ids[index]!, text }));
}

/** The answer pool's ids: the part of a matching question that is shuffled (prompts keep their order). */
export function defaultOrder(question: MatchingQuestion): string[] {
  return answerPool(question).map((answer) => answer.id);
}

export function learnerView(question: MatchingQuestion, order: readonly string[]): MatchingView {
  const pool = new Map(answerPool(question).map((answer) => [answer.id, answer]));
  return {
    type: "matching",
    stem: question.stem,
    prompts: question.pairs.map((pair) => ({ id: pair.id, text: pair.prompt })),
    answers: arrange([...pool.keys()], order).map((id) => pool.get(id)!),
  };
}

/**
 * Right pairs over all pairs. Answers are compared by text, so when two prompts share an answer
 * text, that answer is right for both, and one answer may be used for several prompts.
 */
export function grade(question: MatchingQuestion, response: MatchingResponse): GradeResult {
  const pool = new Map(answerPool(question).map((answer) => [answer.id, answer.text]));
  const promptIds = new Set(question.pairs.map((pair) => pair.id));
  const given = Object.entries(response.pairs).filter(([, answerId]) => answerId !== "");
  if (Object.keys(response.pairs).some((promptId) => !promptIds.has(promptId))) {
    return invalid("The response names a prompt this question does not have. Reload the question and match again.");
  }
  if (given.some(([, answerId]) => !pool.has(answerId))) {
    return invalid("One of the answers chosen is not among this question's answers. Reload the question and match again.");
  }
  if (given.length === 0) return unanswered();
  const perPair = Object.fromEntries(question.pairs.map((pair) => [pair.id, pool.get(response.pairs[pair.id] ?? "") === pair.answer]));
  const right = Object.values(perPair).filter(Boolean).length;
  return graded(right / question.pairs.length, { perPair });
}

export function rightAnswer(question: MatchingQuestion): string {
  return question.pairs.map((pair) => `${pair.prompt} → ${pair.answer}`).join("\n");
}
