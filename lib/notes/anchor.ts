/**
 * Where a note sits in a lesson: character offsets within one paragraph's text, and the text that
 * was there. Lessons are edited after notes are written, so the offsets are a hint and the quote
 * is the truth: if the text at the offsets changed, the quote is looked for again in the paragraph.
 */
export interface Anchor {
  paragraph: number;
  start: number;
  end: number;
  quote: string;
}

export interface TextRange {
  start: number;
  end: number;
}

export function anchorFrom(input: { paragraph: number; start?: number; end?: number; quote: string }): Anchor {
  if (!input.quote || input.start === undefined || input.end === undefined) {
    // No position (a typed quote, or a note on the whole paragraph): the quote is found on display.
    return { paragraph: input.paragraph, start: 0, end: 0, quote: input.quote };
  }
  return { paragraph: input.paragraph, start: input.start, end: input.end, quote: input.quote };
}

/** The range of the paragraph text to mark for this anchor, or null if the quote is gone. */
export function locateQuote(text: string, anchor: Pick<Anchor, "start" | "end" | "quote">): TextRange | null {
  const quote = anchor.quote;
  if (!quote.trim()) return null;
  if (anchor.end > anchor.start && text.slice(anchor.start, anchor.end) === quote) return { start: anchor.start, end: anchor.end };

  const exact = occurrences(text, new RegExp(escapeRegExp(quote), "g"));
  const loose = exact.length > 0 ? exact : occurrences(text, new RegExp(escapeRegExp(quote.trim()).replace(/\s+/g, "\\s+"), "giu"));
  if (loose.length === 0) return null;
  // Where the same words occur more than once, the one nearest the old position is the likeliest.
  return loose.reduce((best, range) => (Math.abs(range.start - anchor.start) < Math.abs(best.start - anchor.start) ? range : best));
}

/** "Paragraph 3: The alliance began to…" — enough words to recognise a paragraph in a list. */
export function paragraphExcerpt(text: string, words = 8): string {
  const all = text.trim().split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(" ")}…` : all.join(" ");
}

function occurrences(text: string, pattern: RegExp): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0].length > 0) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
