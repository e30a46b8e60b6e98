import { phpEmpty, phpTrim } from "../php";

/**
 * How Moodle cuts a GIFT file into questions: lines are trimmed, and a blank line (or, PHP being
 * PHP, a line that is just "0") ends a question. A file with only carriage returns (classic Mac)
 * is split on them instead. Line numbers are 1-based and kept for messages.
 */

export interface GiftLine {
  number: number;
  text: string;
}

export type GiftBlock = GiftLine[];

export function splitGiftBlocks(source: string): GiftBlock[] {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  const rawLines = !text.includes("\n") && text.includes("\r") ? text.split("\r") : text.split("\n");
  const blocks: GiftBlock[] = [];
  let current: GiftBlock = [];
  rawLines.forEach((raw, index) => {
    const line = phpTrim(raw);
    if (phpEmpty(line)) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push({ number: index + 1, text: line });
    }
  });
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/**
 * Comment lines (`//…`) apart from the rest. As in Moodle, a comment inside a question leaves a
 * line holding a space; the question starts at its first line that is not a comment.
 */
export function separateComments(block: GiftBlock): { comments: string; body: GiftBlock; firstLine: number } {
  const isComment = (line: GiftLine) => line.text.startsWith("//");
  const comments = block.filter(isComment).map((line) => `${line.text}\n`).join("");
  const body = block.map((line) => (isComment(line) ? { number: line.number, text: " " } : line));
  const firstLine = block.find((line) => !isComment(line))?.number ?? block[0]?.number ?? 1;
  return { comments, body, firstLine };
}
