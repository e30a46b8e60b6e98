import { findAcronyms, headingCase, isCapitalsLine, isTitleLikeLine, splitInlineHeading } from "./headings";
import { looksHardWrapped } from "./join-lines";
import type { Block, DocumentFormat, HeadingBlock, LinesBlock } from "./types";

/**
 * Turns lines that look like headings into heading blocks. Plain text relies on this entirely;
 * Markdown and HTML have real headings, so there only a paragraph in capitals or a paragraph that
 * opens with a run of capitals is promoted.
 */

const sentenceEnd = /[.!?:;"'”’)\]…]$/;

function heading(text: string, acronyms: ReadonlySet<string>): HeadingBlock {
  return { kind: "heading", level: 2, text: headingCase(text, acronyms) };
}

/**
 * Splits one block wherever a line is a heading in capitals or opens with one. In plain text any
 * line that starts a paragraph is looked at. A short mixed-case line is a heading too where it
 * cannot be part of the prose: as the last line before a blank line and more text, or between
 * paragraphs of text written one paragraph per line.
 */
function splitBlock(block: LinesBlock, acronyms: ReadonlySet<string>, everyLine: boolean, nextIsText: boolean): Block[] {
  const out: Block[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) out.push({ ...block, lines });
    lines = [];
  };
  const onePerLine = everyLine && !looksHardWrapped(block.lines);
  for (const [index, line] of block.lines.entries()) {
    const previous = block.lines[index - 1];
    const startsParagraph = index === 0 || (everyLine && previous !== undefined && sentenceEnd.test(previous));
    if (!startsParagraph) {
      lines.push(line);
      continue;
    }
    const last = index === block.lines.length - 1;
    const headingLine = isCapitalsLine(line, acronyms) || ((last || onePerLine) && isTitleLikeLine(line));
    if (everyLine && headingLine && (!last || nextIsText)) {
      flush();
      out.push(heading(line, acronyms));
      continue;
    }
    const inline = splitInlineHeading(line, acronyms);
    if (inline) {
      flush();
      out.push({ kind: "heading", level: 2, text: headingCase(inline.heading, acronyms) });
      lines.push(inline.rest);
    } else {
      lines.push(line);
    }
  }
  flush();
  return out;
}

export function promoteHeadings(blocks: readonly Block[], format: DocumentFormat): Block[] {
  const acronyms = findAcronyms(blocks.flatMap((block) => (block.kind === "lines" ? block.lines : [])));
  const plain = format === "text";
  return blocks.flatMap((block, index): Block[] => {
    if (block.kind === "heading" || block.item) return [block];
    const next = blocks[index + 1];
    const followedByText = next?.kind === "lines";
    const [only] = block.lines;
    if (block.lines.length === 1 && only !== undefined && followedByText) {
      if (isCapitalsLine(only, acronyms) || (plain && isTitleLikeLine(only))) return [heading(only, acronyms)];
    }
    return splitBlock(block, acronyms, plain, followedByText);
  });
}
