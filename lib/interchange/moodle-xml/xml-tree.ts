import { SaxesParser } from "saxes";
import type { ParseProblem } from "../model";

/**
 * A Moodle XML file read into a small element tree, safely: saxes never fetches anything and does
 * not expand entities a DTD declares, and we refuse such a DTD outright, so neither an external
 * entity (XXE) nor an exponential one ("billion laughs") can reach us. Every step is one pass over
 * the text, and nesting deeper than any question file needs is refused, so the time is linear.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (text and CDATA) in document order, comments left out. */
  text: string;
  /** 1-based line of the element's start tag. */
  line: number;
}

export type XmlReadResult = { ok: true; root: XmlElement } | { ok: false; problem: ParseProblem };

/** Moodle's own files nest about six levels deep; far more than that is a broken or hostile file. */
export const maxDepth = 64;

const chunkSize = 1 << 16;

interface Building {
  element: XmlElement;
  textParts: string[];
}

export function readXmlTree(source: string): XmlReadResult {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  const parser = new SaxesParser({ position: true });
  const stack: Building[] = [];
  let root: XmlElement | undefined;
  let problem: ParseProblem | undefined;
  const fail = (found: ParseProblem) => (problem ??= found);

  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      fail({
        line: parser.line,
        message:
          "The file declares its own XML entities (<!ENTITY …> in its DOCTYPE). Moodle never writes these, and they can be used to attack the server, so the file was not read. Export the questions from Moodle again.",
      });
    }
  });
  parser.on("opentagstart", (tag) => {
    if (problem) return;
    if (stack.length >= maxDepth) {
      fail({ line: parser.line, message: `Elements are nested more than ${maxDepth} levels deep, which no Moodle question file needs; the file was not read.` });
      return;
    }
    // No prototype, so an attribute named like an Object method ("constructor") is only an attribute.
    const attributes = Object.create(null) as Record<string, string>;
    const element: XmlElement = { name: tag.name, attributes, children: [], text: "", line: parser.line };
    const parent = stack.at(-1);
    if (parent) parent.element.children.push(element);
    else root ??= element;
    stack.push({ element, textParts: [] });
  });
  parser.on("attribute", (attribute) => {
    const current = stack.at(-1);
    if (!problem && current) current.element.attributes[attribute.name] = attribute.value;
  });
  const addText = (data: string) => {
    const current = stack.at(-1);
    if (!problem && current) current.textParts.push(data);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    if (problem) return;
    const finished = stack.pop();
    if (finished) finished.element.text = finished.textParts.join("");
  });
  parser.on("error", (error) => fail({ line: Math.max(1, parser.line), message: notWellFormed(error.message) }));

  try {
    // In chunks, so that reading stops soon after the first problem instead of running to the end.
    for (let at = 0; at < text.length && !problem; at += chunkSize) parser.write(text.slice(at, at + chunkSize));
    if (!problem) parser.close();
  } catch (error) {
    fail({ line: Math.max(1, parser.line), message: notWellFormed(error instanceof Error ? error.message : String(error)) });
  }
  if (problem) return { ok: false, problem };
  if (!root) return { ok: false, problem: { line: 1, message: "The file is empty: it holds no XML elements." } };
  return { ok: true, root };
}

/** saxes says "12:7: unexpected close tag."; the line is reported apart, so only the words remain. */
function notWellFormed(saxesMessage: string): string {
  const words = saxesMessage.replace(/^\d+:\d+:\s*/, "").replace(/\.$/, "");
  return `The file is not well-formed XML (${words}), so no questions were read. Moodle refuses such a file too; check that every tag is closed and that & and < in texts are written as &amp; and &lt; or inside <![CDATA[ … ]]>.`;
}

/** The first child element with this name, as Moodle's importer reads `$xml['#'][name][0]`. */
export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child) => child.name === name);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((child) => child.name === name) ?? [];
}
