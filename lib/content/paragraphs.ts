/**
 * Numbering of a source document's paragraphs, the unit every citation in content/ refers to.
 *
 * A paragraph is a line of body text. Markdown headings and furniture lines are not paragraphs.
 * Web captures break lines mid-sentence, so a line that does not end a sentence is joined to a
 * following line that starts in lower case; headings printed inline in capitals split the text.
 */
export interface ParagraphRules {
  furniture: readonly string[];
  inlineHeadings: readonly string[];
}

const sentenceEnd = /[.!?:;"'”’)\]]$/;
const startsLowerCase = /^[a-z]/;

export function splitParagraphs(source: string, rules: ParagraphRules): string[] {
  const lines = source
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .filter((line) => !line.startsWith("#"))
    .filter((line) => !rules.furniture.some((prefix) => line.startsWith(prefix)));

  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (previous !== undefined && !sentenceEnd.test(previous) && startsLowerCase.test(line)) {
      joined[joined.length - 1] = `${previous} ${line}`;
    } else {
      joined.push(line);
    }
  }

  return joined.flatMap((paragraph) => splitAtInlineHeadings(paragraph, rules.inlineHeadings));
}

function splitAtInlineHeadings(paragraph: string, headings: readonly string[]): string[] {
  for (const heading of headings) {
    const at = paragraph.indexOf(` ${heading} `);
    if (at >= 0) {
      const before = paragraph.slice(0, at).trim();
      const after = paragraph.slice(at + heading.length + 2).trim();
      return [before, ...splitAtInlineHeadings(after, headings)].filter((part) => part.length > 0);
    }
  }
  return [paragraph];
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
