import { parseByline } from "./byline";
import { furnitureReason, isNavWord, isTailMarker } from "./furniture";
import { countWords, excerpt } from "./plain-text";
import type { Block, Byline } from "./types";

/**
 * Removes page furniture from parsed blocks, line by line, and lifts the byline out of the body.
 * Everything removed is listed (shortened) so the preview can show the instructor what went.
 */

export interface CleanResult {
  blocks: Block[];
  removed: string[];
  byline?: Byline;
  warnings: string[];
}

interface LineRef {
  block: number;
  line: number;
  text: string;
}

function lineRefs(blocks: readonly Block[]): LineRef[] {
  return blocks.flatMap((block, b) =>
    block.kind === "heading" ? [{ block: b, line: -1, text: block.text }] : block.lines.map((text, l) => ({ block: b, line: l, text })),
  );
}

/** Comments and related links close a page: from such a marker in the second half on, all is dropped. */
function tailStart(refs: readonly LineRef[]): number {
  const total = refs.reduce((sum, ref) => sum + countWords(ref.text), 0);
  let seen = 0;
  for (const [index, ref] of refs.entries()) {
    if (seen >= total / 2 && isTailMarker(ref.text.trim())) return index;
    seen += countWords(ref.text);
  }
  return refs.length;
}

const isShortItem = (text: string) => text.split(/\s+/).length <= 3 && !/[.!?,;:]$/.test(text);

/** Three or more short lines in a row, two of them menu words: a menu printed one item per line. */
function menuRuns(refs: readonly LineRef[], blocks: readonly Block[]): Set<number> {
  const inMenu = new Set<number>();
  let start = 0;
  for (let index = 0; index <= refs.length; index++) {
    const ref = refs[index];
    if (ref && ref.line >= 0 && isShortItem(ref.text) && blocks[ref.block]?.kind === "lines") continue;
    const run = refs.slice(start, index);
    if (run.length >= 3 && run.filter((item) => isNavWord(item.text)).length >= 2) {
      for (let i = start; i < index; i++) inMenu.add(i);
    }
    start = index + 1;
  }
  return inMenu;
}

/** The head of the article, where a byline may stand: within 20 lines and before 80 words. */
const headLines = 20;
const headWords = 80;

export function cleanBlocks(blocks: readonly Block[]): CleanResult {
  const refs = lineRefs(blocks);
  const drop = new Set<number>();
  const removed: string[] = [];
  const warnings: string[] = [];
  let byline: Byline | undefined;

  const tail = tailStart(refs);
  if (tail < refs.length) {
    const tailText = refs.slice(tail).map((ref) => ref.text).join(" ");
    removed.push(excerpt(tailText));
    warnings.push(`Everything from “${excerpt(refs[tail]!.text, 40)}” to the end (${countWords(tailText)} words) looked like comments or related links and was left out.`);
    for (let i = tail; i < refs.length; i++) drop.add(i);
  }

  const menu = menuRuns(refs.slice(0, tail), blocks);
  const seen = new Set<string>();
  let wordsBefore = 0;
  for (const [index, ref] of refs.entries()) {
    if (drop.has(index)) continue;
    const text = ref.text.trim();
    // Never the first line or a heading: "By Land and Sea" there is a title, not an author.
    const inHead = index > 0 && ref.line >= 0 && index < headLines && wordsBefore < headWords;
    wordsBefore += countWords(text);
    const fromByline = inHead ? parseByline(text) : undefined;
    if (fromByline) {
      byline = { ...fromByline, ...byline };
      removed.push(excerpt(text));
    } else if (menu.has(index) && menu.has(index - 1)) {
      // One entry for a whole menu, not one per item.
      removed[removed.length - 1] = excerpt(`${removed.at(-1)} · ${text}`);
    } else if (menu.has(index) || furnitureReason(text) || isTailMarker(text)) {
      removed.push(excerpt(text));
    } else if (countWords(text) >= 8 && seen.has(text)) {
      // Pull quotes and "key point" boxes repeat body text word for word.
      removed.push(excerpt(text));
    } else {
      seen.add(text);
      continue;
    }
    drop.add(index);
  }

  const dropped = new Set([...drop].map((index) => `${refs[index]!.block}:${refs[index]!.line}`));
  const kept = blocks
    .map((block, b): Block | undefined => {
      const keep = (line: number) => !dropped.has(`${b}:${line}`);
      if (block.kind === "heading") return keep(-1) ? block : undefined;
      const lines = block.lines.filter((_, l) => keep(l));
      return lines.length > 0 ? { ...block, lines } : undefined;
    })
    .filter((block): block is Block => block !== undefined);

  return { blocks: kept, removed: mergeRepeats(removed), byline, warnings };
}

/** "Share this" on every section is one entry in the preview, not twelve. */
function mergeRepeats(entries: readonly string[]): string[] {
  return [...new Set(entries.filter((entry) => entry.length > 0))];
}
