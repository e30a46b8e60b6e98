import { phpTrim } from "../php";

/**
 * The idnumber and tags a GIFT question declares in its comment lines: `[id:…]` (the first one
 * counts) and any number of `[tag:…]`, inner spaces trimmed, `\]` for a literal `]`. Neither may
 * span lines or hold control characters; a tag may not hold `<`, `>` or a backquote.
 *
 * Moodle finds them with a backtracking regex; this is the same match found in one pass, since
 * on a long comment full of `[tag:` that regex rescans to the end of the line for each one.
 */

export function readIdAndTags(comments: string): { idNumber: string; tags: string[] } {
  if (!comments.includes("[")) return { idNumber: "", tags: [] };
  const ids = markers(comments, "[id:", (char) => isControl(char), false);
  const tags = markers(comments, "[tag:", (char) => isControl(char) || char === "<" || char === ">" || char === "`", true);
  return { idNumber: ids[0] ?? "", tags };
}

const isControl = (char: string) => char.charCodeAt(0) < 0x20 || char === "\x7f";
const unescape = (raw: string) => phpTrim(raw).replaceAll("\\]", "]");

/**
 * Every `opener…]` in `text`, read as `opener((?:\\]|[^\]excluded])+)]` reads it: the content runs
 * to the first `]` not escaped by a backslash; if an excluded character or the end comes first,
 * PCRE backtracks to the last `\]`, whose `]` then closes (leaving the backslash in the content).
 * Whether a `]` is escaped depends only on the character before it, so one backwards pass finds,
 * for every position, where a scan from it would stop.
 */
function markers(text: string, opener: string, excluded: (char: string) => boolean, allowEmpty: boolean): string[] {
  const stops = new Int32Array(text.length + 1).fill(text.length);
  for (let i = text.length - 1; i >= 0; i--) {
    const char = text[i]!;
    const stopsHere = excluded(char) || (char === "]" && text[i - 1] !== "\\");
    stops[i] = stopsHere ? i : stops[i + 1]!;
  }
  const lastEscaped = new Int32Array(text.length + 1).fill(-1);
  for (let i = 0; i < text.length; i++) {
    lastEscaped[i + 1] = text[i] === "]" && text[i - 1] === "\\" ? i : lastEscaped[i]!;
  }

  const found: string[] = [];
  let from = text.indexOf(opener);
  while (from !== -1) {
    const start = from + opener.length;
    const stop = stops[start]!;
    let close = -1;
    if (text[stop] === "]" && (allowEmpty || stop > start)) close = stop;
    else if (lastEscaped[stop]! > start) close = lastEscaped[stop]!;
    if (close === -1) {
      from = text.indexOf(opener, from + 1);
    } else {
      found.push(unescape(text.slice(start, close)));
      from = text.indexOf(opener, close + 1);
    }
  }
  return found;
}
