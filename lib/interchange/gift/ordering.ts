import { phpTrim } from "../php";
import type { TextFormat } from "../model";
import { opaqueIds } from "../../questions/shuffle";
import { questionSchema, type Question } from "../../questions/types";
import { readFormatted } from "./text";

/**
 * Moodle's ordering question in GIFT (core since 4.3): `{>` then a line of settings (how many
 * items to show, how they are picked, layout, grading), then one item per line in the right
 * order. The settings only change how Moodle presents and part-scores the items; Rampart always
 * shows every item, so they are read past. The answer key, the items' order, is kept exactly.
 */
export function buildOrdering(answerText: string, context: { stem: string; explanation: string; format: TextFormat }): { question: Question } | { problem: string } {
  if (context.stem.trim() === "") return { problem: "the question has no text before or after its answer block." };
  const [, ...lines] = answerText.slice(1).split("\n");
  const texts = lines.map((line) => readFormatted(phpTrim(line), context.format).text).filter((text) => text !== "");
  if (texts.length < 2) return { problem: "an ordering question needs at least two items, one per line after the {> settings line." };
  if (new Set(texts).size !== texts.length) return { problem: "two items of this ordering question have the same text, so their order cannot be told apart." };
  const ids = opaqueIds("i", texts);
  const parsed = questionSchema.safeParse({ type: "ordering", stem: context.stem, explanation: context.explanation, items: texts.map((text, index) => ({ id: ids[index]!, text })) });
  return parsed.success ? { question: parsed.data } : { problem: "this ordering question cannot be imported." };
}
