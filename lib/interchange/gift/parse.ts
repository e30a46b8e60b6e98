import { emptyResult, type ParseResult } from "../model";
import { splitGiftBlocks, type GiftBlock } from "./blocks";
import { readBlock } from "./read-block";

/**
 * Reads a GIFT file as Moodle's GIFT importer does (see `read-block.ts` for one question and
 * `answers.ts` for the answer block), into the engine's questions. Never throws: a question that
 * cannot be read is a problem naming its line, and the rest of the file still parses. A
 * `$CATEGORY:` line sets the category of the questions after it.
 */
export function parseGift(text: string): ParseResult {
  const result = emptyResult("gift");
  let category: string | undefined;
  const pending: GiftBlock[] = splitGiftBlocks(text).reverse();
  for (let block = pending.pop(); block; block = pending.pop()) {
    const outcome = readBlock(block);
    switch (outcome.kind) {
      case "empty":
        break;
      case "category":
        category = outcome.path;
        result.categories.push(outcome.path);
        if (outcome.rest.length > 0) pending.push(outcome.rest);
        break;
      case "problem":
        result.problems.push({ line: outcome.line, message: outcome.message });
        break;
      case "skipped":
        result.skipped.push(outcome.skipped);
        break;
      case "question":
        result.questions.push(category === undefined ? outcome.question : { ...outcome.question, category });
        break;
    }
  }
  return result;
}
