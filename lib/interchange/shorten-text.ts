/** Characters, not UTF-16 units, as PHP's mb_ functions count them. */
const chars = (text: string) => Array.from(text);
const utf8 = new TextEncoder();
const utf8Length = (char: string) => utf8.encode(char).length;
const ENTITY = /&[0-9a-z]{2,8};|&#[0-9]{1,7};|&#x[0-9a-f]{1,6};/gi;

/**
 * Moodle's `shorten_text($text, $ideal)` with its defaults (cut at a space or full stop, end with
 * "..."). Tags cost nothing and are closed again; an entity counts as one character. A question
 * without a name is named by this, so the quirks matter: a lone `<` or `>` outside a tag is lost.
 */
export function shortenText(text: string, ideal: number): string {
  const ending = "...";
  if (chars(withoutLineTags(text)).length <= ideal) return text;
  let total = ending.length;
  let truncated = "";
  const open: string[] = [];
  for (const { tag, plain } of htmlRuns(text)) {
    if (tag) {
      trackTag(tag, open);
      truncated += tag;
    }
    const length = chars(plain.replace(ENTITY, " ")).length;
    if (total + length > ideal) {
      truncated += chars(plain).slice(0, breakPosition(plain, ideal - total)).join("");
      break;
    }
    truncated += plain;
    total += length;
    if (total >= ideal) break;
  }
  return truncated + ending + open.map((name) => `</${name}>`).join("");
}

/**
 * The next index of `char` at or after a position that only moves forward: one pass over the text
 * in all, where a regex would rescan to the end for every unclosed `<` (quadratic on hostile input).
 */
function forwardFinder(text: string, char: string) {
  let found = -1;
  return (from: number) => {
    if (found !== Infinity && found < from) {
      const at = text.indexOf(char, from);
      found = at === -1 ? Infinity : at;
    }
    return found;
  };
}

/** `preg_replace('/<.*?>/', '', $text)`: a tag ends at the first `>` on the same line. */
function withoutLineTags(text: string): string {
  const nextGt = forwardFinder(text, ">");
  const nextNewline = forwardFinder(text, "\n");
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const gt = text[i] === "<" ? nextGt(i + 1) : Infinity;
    if (gt < nextNewline(i + 1)) i = gt;
    else out += text[i];
  }
  return out;
}

/**
 * `preg_match_all('/(<.+?>)?([^<>]*)/s')`: an optional tag, then text up to the next `<` or `>`.
 * A `<` that never closes, or a stray `>`, matches nothing and is skipped, as PCRE skips it.
 */
function* htmlRuns(text: string): Generator<{ tag: string; plain: string }> {
  const nextGt = forwardFinder(text, ">");
  let i = 0;
  while (i < text.length) {
    let tag = "";
    const gt = text[i] === "<" ? nextGt(i + 2) : Infinity;
    if (gt !== Infinity) {
      tag = text.slice(i, gt + 1);
      i = gt + 1;
    }
    let end = i;
    while (end < text.length && text[end] !== "<" && text[end] !== ">") end++;
    const plain = text.slice(i, end);
    if (!tag && !plain) {
      i++;
      continue;
    }
    i = end;
    yield { tag, plain };
  }
}

function breakPosition(plain: string, room: number): number {
  let left = room;
  let entities = 0;
  for (const entity of plain.matchAll(ENTITY)) {
    if ((entity.index ?? 0) + 1 - entities > left) break;
    left--;
    entities += chars(entity[0]).length;
  }
  const limit = left + entities;
  const letters = chars(plain);
  let position = limit;
  for (; position > 0; position--) {
    const char = letters[position];
    // PHP's `if ($char = ...)` skips a "0" as if it were no character at all.
    if (char === undefined || char === "0") continue;
    if (char === "." || char === " " || utf8Length(char) > 2) {
      position += 1;
      break;
    }
  }
  return position === 0 || position > limit ? limit : position;
}

/** Keeps `open` as the stack of tags still open, innermost first. */
function trackTag(tag: string, open: string[]): void {
  if (/^<(\s*.+?\/\s*|\s*(img|br|input|hr|area|base|basefont|col|frame|isindex|link|meta|param)(\s.+?)?)>$/is.test(tag)) return;
  const closing = /^<\s*\/([^\s]+?)\s*>$/s.exec(tag);
  if (closing) {
    const at = open.indexOf(closing[1]!.toLowerCase());
    if (at !== -1) open.splice(at, 1);
    return;
  }
  const opening = /^<\s*([^\s>!]+).*?>$/s.exec(tag);
  if (opening) open.unshift(opening[1]!.toLowerCase());
}
