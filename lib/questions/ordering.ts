import { z } from "zod";
import { graded, invalid, unanswered, type GradeResult } from "./result";
import { arrange, compareText, shuffleWith } from "./shuffle";
import type { OrderingQuestion } from "./types";

/** Item ids, first to last; an empty list is a question left unanswered. */
export const responseSchema = z.object({ order: z.array(z.string().max(100)).max(100) });
export type OrderingResponse = z.infer<typeof responseSchema>;

export interface OrderingView {
  type: "ordering";
  stem: string;
  items: { id: string; text: string }[];
}

/** Alphabetical by text: never the answer itself, unless the answer happens to be alphabetical. */
export function defaultOrder(question: OrderingQuestion): string[] {
  return question.items.toSorted((a, b) => compareText(a.text, b.text)).map((item) => item.id);
}

/** A seeded shuffle that is never the correct order itself (it is rotated by one when it would be). */
export function shuffledOrder(question: OrderingQuestion, seed: string): string[] {
  const correct = question.items.map((item) => item.id);
  const shuffled = shuffleWith(seed, correct);
  const same = shuffled.every((id, index) => id === correct[index]);
  return same ? [...shuffled.slice(1), ...shuffled.slice(0, 1)] : shuffled;
}

export function learnerView(question: OrderingQuestion, order: readonly string[]): OrderingView {
  const byId = new Map(question.items.map((item) => [item.id, item]));
  return {
    type: "ordering",
    stem: question.stem,
    items: arrange(defaultOrder(question), order).map((id) => ({ id, text: byId.get(id)!.text })),
  };
}

/**
 * Items in their correct absolute position over all items. Moodle's ordering question offers other
 * schemes (credit for each item followed by its right successor, for the longest ordered run …);
 * this is its "absolute position" one. Items are compared by text, so two items with the same text
 * are interchangeable.
 */
export function grade(question: OrderingQuestion, response: OrderingResponse): GradeResult {
  if (response.order.length === 0) return unanswered();
  const byId = new Map(question.items.map((item) => [item.id, item]));
  const isPermutation =
    response.order.length === question.items.length && new Set(response.order).size === response.order.length && response.order.every((id) => byId.has(id));
  if (!isPermutation) return invalid("Place every item exactly once. Reload the question if items are missing.");
  const perItem = Object.fromEntries(response.order.map((id, index) => [id, byId.get(id)!.text === question.items[index]!.text]));
  const right = Object.values(perItem).filter(Boolean).length;
  return graded(right / question.items.length, { perItem });
}

export function rightAnswer(question: OrderingQuestion): string {
  return question.items.map((item, index) => `${index + 1}. ${item.text}`).join("\n");
}
