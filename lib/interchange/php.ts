import { shortenText } from "./shorten-text";

/**
 * The few PHP string functions whose exact behaviour Moodle's importers inherit, so that our
 * parsers give the same names and texts. Only what the importers need; none of PHP's options.
 */

const PHP_TRIM = " \t\n\r\0\v";

/** PHP's `trim()`: spaces, tabs, newlines, NUL and vertical tab, not every Unicode space. */
export function phpTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && PHP_TRIM.includes(text[start]!)) start++;
  while (end > start && PHP_TRIM.includes(text[end - 1]!)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** PHP's `empty()` on a string: "" and "0" are both empty. */
export const phpEmpty = (text: string | undefined) => text === undefined || text === "" || text === "0";

/** PHP 8's `is_numeric()` on a string: decimal or exponent notation, surrounding whitespace allowed. */
export function isPhpNumeric(text: string): boolean {
  return /^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$/.test(text);
}

/** PHP's `htmlspecialchars($text, ENT_NOQUOTES)`. */
export function escapeHtmlNoQuotes(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/**
 * PHP's `strip_tags()`: drops `<...>` (quotes inside a tag may hide a `>`), comments and an
 * unclosed tag at the end; a `<` followed by whitespace is text, as is a lone `>`.
 */
export function stripTags(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1];
    if (char !== "<" || next === undefined || /\s/.test(next)) {
      out += char;
      i++;
      continue;
    }
    if (text.startsWith("<!--", i)) {
      const close = text.indexOf("-->", i + 4);
      i = close === -1 ? text.length : close + 3;
      continue;
    }
    i = endOfTag(text, i);
  }
  return out;
}

function endOfTag(text: string, start: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === "<") {
      depth++;
    } else if (char === ">" && --depth === 0) {
      return i + 1;
    }
  }
  return text.length;
}

const chars = (text: string) => Array.from(text);

/** Moodle's `clean_question_name()`: tags stripped, trimmed, at most 255 characters. */
export function cleanQuestionName(name: string): string {
  let cleaned = phpTrim(stripTags(name));
  for (let ideal = 251; chars(cleaned).length > 255 && ideal > 0; ideal -= 10) cleaned = shortenText(cleaned, ideal);
  return cleaned;
}

/** Moodle's name for a question the file leaves unnamed: its text, shortened to 80 characters. */
export function defaultQuestionName(questionText: string): string {
  return cleanQuestionName(shortenText(questionText, 80)) || "Question name";
}
