import type { TextFormat } from "../model";
import { childNamed, type XmlElement } from "./xml-tree";

/**
 * How Moodle's XML importer reads one value: the first element of a name, its `<text>` child,
 * trimmed; a format attribute in Moodle's words. Each reader mirrors one of the importer's paths so
 * that a file means here what it means in Moodle.
 */

/** A value the file gives in a shape Moodle cannot read (an element where text belongs). */
export class FieldError extends Error {}

/** The character data of an element that should hold only text; Moodle fails on child elements. */
export function leafText(element: XmlElement): string {
  if (element.children.length > 0) {
    throw new FieldError(`<${element.name}> on line ${element.line} holds other elements where Moodle expects only text`);
  }
  return element.text;
}

/**
 * PHP's `trim`, which Moodle applies to every text it imports: it strips spaces, tabs, newlines,
 * NUL and vertical tab, but not the no-break space or other Unicode spaces that JavaScript's would.
 * Written as two scans rather than a `\s+$` pattern, which is quadratic on long inner runs of spaces.
 */
export function phpTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isPhpSpace(text.charCodeAt(start))) start++;
  while (end > start && isPhpSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

function isPhpSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x00 || code === 0x0b;
}

/** `<parent><name><text>…</text></name></parent>`, trimmed; undefined when either element is absent. */
export function textOf(parent: XmlElement | undefined, name: string): string | undefined {
  const text = childNamed(childNamed(parent, name), "text");
  return text ? phpTrim(leafText(text)) : undefined;
}

/** The trimmed text of `<parent><name>…</name></parent>`, as Moodle reads its plain settings. */
export function valueOf(parent: XmlElement | undefined, name: string): string | undefined {
  const element = childNamed(parent, name);
  return element ? phpTrim(leafText(element)) : undefined;
}

/** `<element><text>` itself, for elements whose own text child holds the value (answers, subquestions). */
export function ownText(element: XmlElement): string {
  const text = childNamed(element, "text");
  return text ? phpTrim(leafText(text)) : "";
}

const formatNames = new Map<string, TextFormat>([
  ["moodle_auto_format", "moodle"],
  ["html", "html"],
  ["plain_text", "plain"],
  ["markdown", "markdown"],
  // Moodle's long-retired wiki format is shown as Moodle auto-format text nowadays.
  ["wiki_like", "moodle"],
]);

/** Moodle reads any format name it does not know as html. */
export function formatOf(element: XmlElement | undefined, fallback: TextFormat): TextFormat {
  const name = element?.attributes.format;
  if (name === undefined) return fallback;
  return formatNames.get(phpTrim(name)) ?? "html";
}

export const formatAttribute: Record<TextFormat, string> = {
  moodle: "moodle_auto_format",
  html: "html",
  plain: "plain_text",
  markdown: "markdown",
};

const numberPattern = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** A number as PHP's `is_numeric` accepts it (no hex, no words, surrounding spaces allowed), else null. */
export function numberOf(text: string): number | null {
  return numberPattern.test(text) ? Number(text) : null;
}

/**
 * A percentage grade as a fraction. Moodle stores fractions with seven decimals, so 33.33333 is
 * 0.3333333 and 100 is 1 exactly.
 */
export function fractionFromPercent(percent: number): number {
  return roundFraction(percent / 100);
}

export function roundFraction(fraction: number): number {
  return Math.round(fraction * 1e7) / 1e7 + 0;
}

/**
 * PHP's `strip_tags`, which Moodle applies to question names: a `<` followed by a space is text
 * ("x < 2"), any other `<` starts a tag that runs to the next `>` or to the end.
 */
export function stripTags(text: string): string {
  return text.replace(/<(?!\s)[^>]*(?:>|$)/g, "");
}

/** Moodle's name for a question: tags stripped, trimmed, at most 255 characters. */
export function cleanName(raw: string): string {
  return [...phpTrim(stripTags(raw))].slice(0, 255).join("");
}

/** A name made from the question text when the file gives none, as Moodle's other importers do. */
export function nameFromText(text: string): string {
  const plain = stripTags(text).replace(/\s+/g, " ").trim();
  const chars = [...plain];
  return chars.length > 80 ? `${chars.slice(0, 77).join("")}...` : plain;
}
