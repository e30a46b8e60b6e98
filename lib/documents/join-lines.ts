import type { Block, FlatBlock } from "./types";

/**
 * Turns the lines of each block into paragraphs. Pasted text comes in two shapes: hard-wrapped
 * (most lines stop mid-sentence; the block is one paragraph) or one paragraph per line (every line
 * ends a sentence). A line that stops mid-sentence always runs on, whichever the shape.
 */

const endsSentence = /[.!?:;"'”’)\]…]$/;

export function looksHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 3) return false;
  const ended = lines.slice(0, -1).filter((line) => endsSentence.test(line)).length;
  return ended / (lines.length - 1) < 0.5;
}

/** A line that breaks mid-sentence is joined: it is long (wrapped) or the next starts in lower case. */
function runsOn(previous: string, next: string): boolean {
  return !endsSentence.test(previous) && (/^\p{Ll}/u.test(next) || previous.length >= 60);
}

export function splitLines(lines: readonly string[]): string[] {
  if (looksHardWrapped(lines)) return [lines.join(" ")];
  const paragraphs: string[] = [];
  for (const line of lines) {
    const previous = paragraphs.at(-1);
    if (previous !== undefined && runsOn(previous, line)) paragraphs[paragraphs.length - 1] = `${previous} ${line}`;
    else paragraphs.push(line);
  }
  return paragraphs;
}

export function joinLines(blocks: readonly Block[]): FlatBlock[] {
  return blocks.flatMap((block): FlatBlock[] => {
    if (block.kind === "heading") return [block];
    const paragraphs = block.join === "always" ? [block.lines.join(" ")] : splitLines(block.lines);
    return paragraphs.map((text) => ({ kind: "paragraph", text }));
  });
}
