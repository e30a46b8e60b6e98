import type { TextFormat } from "../model";
import { phpTrim } from "../php";

/**
 * GIFT's escapes and `[format]` prefixes, read the way Moodle reads them. Escaped control
 * characters are swapped for private-use placeholders before the question is taken apart (so a
 * `\{` is never an answer block) and swapped back in each finished piece of text.
 */

const ESCAPABLE = ":#={}~n";
const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDERS = new RegExp(`[\\u{${PLACEHOLDER_BASE.toString(16)}}-\\u{${(PLACEHOLDER_BASE + ESCAPABLE.length - 1).toString(16)}}]`, "gu");

/** `\\` is a backslash; `\:` `\#` `\=` `\{` `\}` `\~` become placeholders and `\n` a newline placeholder. */
export function hideEscapes(text: string): string {
  if (!text.includes("\\")) return text;
  // Left to right, so `\\=` is a backslash and then a real `=`, as Moodle reads it.
  return text.replace(/\\([\\:#={}~n])/g, (_escape, char: string) =>
    char === "\\" ? "\\" : String.fromCharCode(PLACEHOLDER_BASE + ESCAPABLE.indexOf(char)),
  );
}

export function restoreEscapes(text: string): string {
  return text.replace(PLACEHOLDERS, (placeholder) => {
    const escaped = ESCAPABLE[placeholder.charCodeAt(0) - PLACEHOLDER_BASE]!;
    return escaped === "n" ? "\n" : escaped;
  });
}

const FORMATS: Record<string, TextFormat> = { moodle: "moodle", html: "html", plain: "plain", markdown: "markdown" };

export interface FormattedText {
  text: string;
  format: TextFormat;
}

/**
 * Moodle's `parse_text_with_format`: a leading `[html]`, `[moodle]`, `[plain]` or `[markdown]`
 * sets the format; any other `[...]` stays in the text. Without a `]` PHP's string arithmetic
 * reads the name as everything between the first and last character, and so do we.
 */
export function readFormatted(raw: string, fallback: TextFormat): FormattedText {
  let text = raw;
  let format = fallback;
  if (text.startsWith("[")) {
    const end = text.indexOf("]");
    const named = FORMATS[end === -1 ? text.slice(1, -1) : text.slice(1, end)];
    if (named) {
      format = named;
      text = text.slice(end + 1);
    }
  }
  return { text: phpTrim(restoreEscapes(text)), format };
}

/** An answer and its feedback, split at the first `#` (Moodle's `commentparser`). */
export function splitFeedback(answer: string, fallback: TextFormat): { answer: FormattedText; feedback: FormattedText } {
  const hash = answer.indexOf("#");
  const head = hash === -1 ? answer : answer.slice(0, hash);
  const feedback = hash === -1 ? { text: "", format: fallback } : readFormatted(phpTrim(answer.slice(hash + 1)), fallback);
  return { answer: readFormatted(phpTrim(head), fallback), feedback };
}
