import type { Block, ParsedSource } from "./types";

/**
 * Plain text: blank lines separate blocks; a bulleted or numbered line is a block of its own.
 * Whether the lines of a block are one paragraph or several is decided after cleaning
 * (see `joinLines`), once furniture lines no longer sit between them.
 */

const bullet = /^(?:[-*•·▪‣◦–]|\d{1,3}[.)]|[a-z][.)])\s+/;

export function parseText(text: string): ParsedSource {
  const blocks: Block[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) blocks.push({ kind: "lines", lines, join: "auto" });
    lines = [];
  };

  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.length === 0) {
      flush();
    } else if (bullet.test(line)) {
      flush();
      blocks.push({ kind: "lines", lines: [line.replace(bullet, "")], item: true, join: "always" });
    } else {
      lines.push(line);
    }
  }
  flush();
  return { blocks, removed: [] };
}
