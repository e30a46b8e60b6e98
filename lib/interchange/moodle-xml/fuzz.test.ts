import { cpuTimed } from "../../testing/cpu-time";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { questionSchema } from "../../questions/types";
import type { ParseResult } from "../model";
import { parseMoodleXml } from "./parse";
import { readSample, sampleNames } from "./test-helpers";

/** Parses one input, checking the promises every input is owed: no throw, under a second, a sound result. */
function parseWithinBudget(input: string): ParseResult {
  const { result, ms } = cpuTimed(() => parseMoodleXml(input));
  if (ms >= 1000) throw new Error(`parsing took ${ms.toFixed(0)} ms for an input of ${input.length} characters`);
  for (const problem of result.problems) {
    if (!Number.isInteger(problem.line) || problem.line < 1 || problem.message.trim() === "") throw new Error(`bad problem ${JSON.stringify(problem)}`);
  }
  for (const imported of result.questions) {
    if (!questionSchema.safeParse(imported.question).success) throw new Error(`an invalid question came through: ${JSON.stringify(imported)}`);
  }
  return result;
}

/** Pieces of Moodle XML, well-formed and hostile, for the token soup and for insertions. */
const fragments = [
  "<quiz>", "</quiz>", '<question type="multichoice">', '<question type="truefalse">', '<question type="numerical">', '<question type="matching">',
  '<question type="ordering">', '<question type="category">', '<question type="cloze">', "<question>", "</question>", "<name>", "</name>",
  '<questiontext format="html">', "</questiontext>", "<text>", "</text>", '<answer fraction="100">', '<answer fraction="-33.3">', '<answer fraction="x">',
  "</answer>", "<feedback>", "</feedback>", "<tolerance>", "</tolerance>", "<subquestion>", "</subquestion>", "<category>", "</category>", "<tags><tag>",
  "</tag></tags>", "<single>false</single>", "<![CDATA[", "]]>", "&amp;", "&lt;", "&nbsp;", "&#0;", "&#x1F6E1;", "<!-- note -->", "<?pi x?>",
  '<!DOCTYPE quiz [<!ENTITY a "b">]>', "&a;", '<?xml version="1.0"?>', "<image>x.png</image><image_base64>AAAA</image_base64>", "<b>", "Article 5", "*",
  "NATO", '<question type="constructor">', '<questiontext format="__proto__">', "\u0000", "\r\n", "\uFEFF", "\uD800", " ",
];

const soup = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(""));

type Mutation =
  | { kind: "delete" | "duplicate"; at: number; length: number }
  | { kind: "insert"; at: number; snippet: string }
  | { kind: "truncate" | "dropTag" | "repeatTag"; at: number };

const position = fc.nat({ max: 1_000_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("delete" as const, "duplicate" as const), at: position, length: fc.nat({ max: 300 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: position, snippet: fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: "binary", maxLength: 12 })) }),
  fc.record({ kind: fc.constantFrom("truncate" as const, "dropTag" as const, "repeatTag" as const), at: position }),
);

function mutate(text: string, change: Mutation): string {
  const at = change.at % (text.length + 1);
  switch (change.kind) {
    case "delete":
      return text.slice(0, at) + text.slice(at + change.length);
    case "duplicate":
      return text.slice(0, at + change.length) + text.slice(at, at + change.length) + text.slice(at + change.length);
    case "insert":
      return text.slice(0, at) + change.snippet + text.slice(at);
    case "truncate":
      return text.slice(0, at);
    case "dropTag":
    case "repeatTag": {
      const open = text.indexOf("<", at);
      const close = open === -1 ? -1 : text.indexOf(">", open);
      if (close === -1) return text;
      const tag = text.slice(open, close + 1);
      return text.slice(0, open) + (change.kind === "repeatTag" ? tag + tag : "") + text.slice(close + 1);
    }
  }
}

describe("parseMoodleXml under fuzzing", () => {
  it("survives random text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), (input) => void parseWithinBudget(input)), { numRuns: 1000 });
  });

  it("survives a soup of Moodle XML pieces, hostile ones included", () => {
    fc.assert(fc.property(soup, (input) => void parseWithinBudget(input)), { numRuns: 1500 });
  });

  it.each(sampleNames)("survives deletions, duplications, insertions and truncations of %s", (name) => {
    const sample = readSample(name);
    const intact = parseWithinBudget(sample);
    expect(intact.questions.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (changes) => void parseWithinBudget(changes.reduce(mutate, sample))),
      { numRuns: 700 },
    );
  });

  it("survives well-formed changes to whole elements, attributes and texts", () => {
    const sample = readSample("alliance-security.xml");
    let imported = 0;
    fc.assert(
      fc.property(fc.array(elementChange, { minLength: 1, maxLength: 6 }), (changes) => {
        const result = parseWithinBudget(changes.reduce(changeElement, sample));
        imported += result.questions.length;
      }),
      { numRuns: 1500 },
    );
    // The changes keep the file well-formed, so most runs reach the per-question code.
    expect(imported).toBeGreaterThan(1500);
  });

  it("refuses a file whose tags no longer match, as Moodle does", () => {
    const broken = readSample("alliance-security.xml").replace("</answer>", "");
    expect(parseWithinBudget(broken)).toMatchObject({ questions: [], problems: [{ message: expect.stringMatching(/not well-formed/) }] });
  });
});

const elementNames = ["answer", "text", "name", "questiontext", "generalfeedback", "feedback", "single", "tolerance", "subquestion", "category", "tags", "tag", "question", "units", "usecase", "idnumber", "shuffleanswers", "graderinfo"];
const replacements = ["", "  ", "NATO", "*", "-12.5e3", "true", "false", "0", "100", "<![CDATA[<p>Article 5</p>]]>", "&lt;b&gt;", "<text>nested</text>", "<b>bold</b>"];

interface ElementChange {
  name: string;
  occurrence: number;
  action: "delete" | "duplicate" | "replace" | "retype" | "regrade";
  replacement: string;
}

const elementChange: fc.Arbitrary<ElementChange> = fc.record({
  name: fc.constantFrom(...elementNames),
  occurrence: fc.nat({ max: 40 }),
  action: fc.constantFrom("delete" as const, "duplicate" as const, "replace" as const, "retype" as const, "regrade" as const),
  replacement: fc.oneof(fc.constantFrom(...replacements), fc.string({ maxLength: 10 }).map((text) => text.replace(/[<&]/g, ""))),
});

const qtypes = ["multichoice", "truefalse", "shortanswer", "numerical", "matching", "ordering", "essay", "description", "category", "multichoiceset", "", "toString", "__proto__"];

/** One change that keeps the XML well-formed (elements of a name never nest in themselves here, `<question>` aside). */
function changeElement(text: string, change: ElementChange): string {
  if (change.action === "retype" || change.action === "regrade") {
    const pattern = change.action === "retype" ? /type="[^"]*"/g : /fraction="[^"]*"/g;
    const matches = [...text.matchAll(pattern)];
    const match = matches[change.occurrence % Math.max(1, matches.length)];
    if (!match) return text;
    const value = change.action === "retype" ? qtypes[change.occurrence % qtypes.length]! : change.replacement.replace(/"/g, "");
    const attribute = change.action === "retype" ? "type" : "fraction";
    return text.slice(0, match.index) + `${attribute}="${value}"` + text.slice(match.index + match[0].length);
  }
  const starts = [...text.matchAll(new RegExp(`<${change.name}[\\s>]`, "g"))].map((match) => match.index);
  const start = starts[change.occurrence % Math.max(1, starts.length)];
  if (start === undefined || change.name === "question") return text;
  const closing = `</${change.name}>`;
  const end = text.indexOf(closing, start);
  if (end === -1) return text;
  const element = text.slice(start, end + closing.length);
  const inner = element.slice(element.indexOf(">") + 1, -closing.length);
  const replaced = change.action === "delete" ? "" : change.action === "duplicate" ? element + element : element.replace(inner, change.replacement);
  return text.slice(0, start) + replaced + text.slice(end + closing.length);
}
