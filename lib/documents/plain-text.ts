import { Parser } from "htmlparser2";

/**
 * Text hygiene shared by every format. An imported file is untrusted: whatever it contains, what
 * leaves the importer is plain text with no markup, no script and no invisible characters.
 */

// Zero-width and bidirectional-control characters can hide or reorder text ("Trojan source");
// the soft hyphen only matters to a typesetter. None of them belongs in a lesson.
const invisible = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
// C0 and C1 controls other than tab and newline.
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const oddSpaces = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

function withoutInvisible(text: string): string {
  return text.replace(invisible, "").replace(controls, "").replace(oddSpaces, " ");
}

/** Unicode NFC, LF line ends, no invisible or control characters, no trailing spaces on lines. */
export function normaliseInput(text: string): string {
  return withoutInvisible(text.replace(/\r\n?|\u2028|\u2029|\f|\v/g, "\n").normalize("NFC")).replace(/ +$/gm, "");
}

/** Decodes HTML character references only: `<` is escaped first so nothing is read as a tag. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  let decoded = "";
  const parser = new Parser({ ontext: (chunk) => (decoded += chunk) });
  parser.write(text.replace(/</g, "&lt;"));
  parser.end();
  return decoded;
}

const encodedAngle = /&(?:amp;)*(?:lt|gt|#0*60|#x0*3c|#0*62|#x0*3e);?/i;
const rawTextOpener = /<(script|style|iframe|noscript|template|object|embed|svg|math|xmp|textarea)\b|<!--/g;
const tag = /<\/?([a-z!?][a-z0-9]*)[^<>]*>/gi;
// Inline tags sit inside words and before punctuation ("<b>word</b>."): they leave no space behind.
const inlineTags = new Set("a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time u var wbr".split(" "));
// A "<" that could still open a tag somewhere (no closing ">") is given a space after it.
const tagOpener = /<(?=\/?[a-z!?])/gi;
const scriptUrl = /(?:java|vb)script\s*:\S*/gi;
const dataUrl = /\bdata:[a-z]+\/[\w.+-]+[;,]\S*/gi;

/**
 * Removes code-bearing elements and comments with their content. As in a browser, one left
 * unclosed runs to the end. A scan rather than a lazy regular expression, so that thousands of
 * unclosed openers cost linear time, not quadratic.
 */
export function removeRawTextElements(text: string): string {
  const lower = text.toLowerCase();
  const opener = new RegExp(rawTextOpener.source, "g");
  let out = "";
  let at = 0;
  for (let match = opener.exec(lower); match; match = opener.exec(lower)) {
    out += `${text.slice(at, match.index)} `;
    const closer = match[1] ? `</${match[1]}` : "-->";
    const close = lower.indexOf(closer, opener.lastIndex);
    if (close < 0) return out;
    const end = match[1] ? lower.indexOf(">", close) : close + 2;
    at = end < 0 ? text.length : end + 1;
    opener.lastIndex = at;
  }
  return out + text.slice(at);
}

/**
 * The last word on every string the importer returns. Markup that survived as text (an encoded
 * `&lt;script&gt;`, a tag in a Markdown paragraph) is removed with its content rather than shown,
 * and script URLs are dropped, so the result is inert wherever it is displayed.
 */
export function toPlainText(text: string): string {
  let plain = text;
  // Entity tricks: markup encoded once or twice is treated as the markup it spells.
  for (let round = 0; round < 3 && encodedAngle.test(plain); round++) plain = decodeEntities(plain);
  // Character references can spell the invisible characters that normaliseInput took out.
  return withoutInvisible(removeRawTextElements(plain))
    .replace(tag, (_, name: string) => (inlineTags.has(name.toLowerCase()) ? "" : " "))
    .replace(tagOpener, "< ")
    .replace(scriptUrl, " ")
    .replace(dataUrl, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Shortens text for a one-line preview entry. */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
