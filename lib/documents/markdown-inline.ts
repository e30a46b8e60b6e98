import { decodeEntities } from "./plain-text";

/**
 * Markdown inline syntax reduced to its text: a link keeps its words and loses its address, an
 * image disappears, emphasis and code marks go. Raw HTML is removed later by `toPlainText`.
 */

const rules: readonly [RegExp, string][] = [
  [/!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, ""],
  [/!\[[^\]]*\]\[[^\]]*\]/g, ""],
  [/\[\^[^\]]+\]/g, ""],
  [/\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, "$1"],
  [/\[([^\]]+)\]\[[^\]]*\]/g, "$1"],
  [/<((?:https?|mailto):[^<>\s]+)>/gi, "$1"],
  // Spans are bounded so that a line of unmatched markers costs linear time, not quadratic.
  [/(`+)(.{1,300}?)\1/g, "$2"],
  [/(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g, "$2"],
  [/(\*|_)(?=\S)(.{1,300}?)(?<=\S)\1(?![\p{L}\p{N}])/gu, "$2"],
  [/~~(?=\S)(.{1,300}?)(?<=\S)~~/g, "$1"],
];

// Escaped punctuation is parked in the private-use area while the rules run, so "\*" is never emphasis.
const escaped = /\\([\\`*_{}[\]()#+\-.!>|~])/g;
const parked = /[\uE000-\uE07F]/g;

export function markdownInline(text: string): string {
  let plain = text.replace(escaped, (_, char: string) => String.fromCharCode(0xe000 + char.charCodeAt(0)));
  for (const [pattern, replacement] of rules) plain = plain.replace(pattern, replacement);
  plain = plain.replace(parked, (char) => String.fromCharCode(char.charCodeAt(0) - 0xe000));
  return decodeEntities(plain).replace(/\s{2,}/g, " ").trim();
}
