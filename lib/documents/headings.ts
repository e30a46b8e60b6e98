/**
 * Headings recognised by their look, for text that has no markup: a line in capitals
 * ("THE WASHINGTON SUMMIT"), a short title-like line standing alone, or a run of capitals opening
 * a paragraph ("BACKGROUND The alliance was founded…"). Capitals are turned into title case, except
 * the acronyms the document itself writes in capitals mid-sentence (NATO stays NATO).
 */

const hasLower = /\p{Ll}/u;
const hasLetter = /\p{L}/u;
const minorWords = new Set("a an and as at but by for from in into of on or nor over per the to up via vs with".split(" "));

const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
const isCapitalsWord = (word: string) => hasLetter.test(word) && !hasLower.test(word);

/** Words the document writes in capitals after a lower-case word, i.e. inside a sentence. */
export function findAcronyms(lines: readonly string[]): Set<string> {
  const acronyms = new Set<string>();
  for (const line of lines) {
    const words = line.split(/\s+/);
    for (let i = 1; i < words.length; i++) {
      const word = bare(words[i]!);
      if (word.length >= 2 && isCapitalsWord(word) && hasLower.test(words[i - 1]!)) acronyms.add(word);
    }
  }
  return acronyms;
}

/** A heading must say something beyond acronyms: "NATO" alone on a line is not one. */
function hasHeadingWord(words: readonly string[], acronyms: ReadonlySet<string>): boolean {
  return words.some((word) => {
    const letters = bare(word);
    return letters.length >= 3 && !acronyms.has(letters) && !/^[IVXLC]+$/.test(letters);
  });
}

export function isCapitalsLine(line: string, acronyms: ReadonlySet<string> = new Set()): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length > 12 || !hasLetter.test(line) || hasLower.test(line)) return false;
  if (/[.,;]$/.test(line.trim())) return false;
  return hasHeadingWord(words, acronyms) || words.length >= 2;
}

/** Short, starts with a capital or digit, does not end like a sentence. */
export function isTitleLikeLine(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/);
  if (words.length > 10 || text.length > 90) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text) || /[.,;!]$/.test(text)) return false;
  if (/^(?:\d+[.)]|[-*•])\s/.test(text)) return false;
  return words.filter((word) => hasLetter.test(word)).length >= 1;
}

/** Splits "BACKGROUND The alliance…" into its heading and the paragraph's text. */
export function splitInlineHeading(paragraph: string, acronyms: ReadonlySet<string>): { heading: string; rest: string } | undefined {
  const words = paragraph.trim().split(/\s+/);
  let run = 0;
  while (run < words.length && run < 9 && isCapitalsWord(words[run]!)) run++;
  const next = words[run];
  if (run === 0 || run > 8 || next === undefined) return undefined;
  // The paragraph proper starts like a sentence: "The", "In", "Since".
  if (!/^[“"‘(]?\p{Lu}\p{Ll}/u.test(next)) return undefined;
  const heading = words.slice(0, run);
  if (!hasHeadingWord(heading, acronyms)) return undefined;
  return { heading: cleanHeading(heading.join(" ")), rest: words.slice(run).join(" ") };
}

/** "THE WASHINGTON SUMMIT:" → "The Washington Summit"; acronyms and numerals keep their case. */
export function headingCase(text: string, acronyms: ReadonlySet<string> = new Set()): string {
  if (hasLower.test(text)) return cleanHeading(text);
  return cleanHeading(text)
    .split(" ")
    .map((word, index) => {
      const letters = bare(word);
      if (acronyms.has(letters) || /^[IVX]{2,}$/.test(letters) || !hasLetter.test(word)) return word;
      const lower = word.toLowerCase();
      if (index > 0 && minorWords.has(lower)) return lower;
      return lower.replace(/\p{L}/u, (first) => first.toUpperCase()).replace(/([-–][\p{L}])/gu, (pair) => pair.toUpperCase());
    })
    .join(" ");
}

/** Strips list numbering punctuation and the colon or dash a heading may end with. */
export function cleanHeading(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/\s*[:.—–-]+$/, "");
}
