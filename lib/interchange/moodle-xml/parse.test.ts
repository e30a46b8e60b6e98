import { describe, expect, it } from "vitest";
import { parseMoodleXml } from "./parse";
import { answer, question, quiz, readSample } from "./test-helpers";

const only = (xml: string) => {
  const result = parseMoodleXml(xml);
  expect(result.problems).toEqual([]);
  expect(result.questions).toHaveLength(1);
  return result.questions[0]!;
};

describe("parseMoodleXml: the parts every question shares", () => {
  it("reads name, text, general feedback, format, default mark, ID number, tags and line", () => {
    const xml = quiz(
      `<question type="truefalse">
        <name><text>  Washington Treaty  </text></name>
        <questiontext format="moodle_auto_format"><text>The treaty was signed in 1949.</text></questiontext>
        <generalfeedback><text>Signed on 4 April 1949.</text></generalfeedback>
        <defaultgrade>3.0000000</defaultgrade>
        <idnumber>treaty &amp; date</idnumber>
        <tags><tag><text>history</text></tag><tag><text> </text></tag><tag><text>treaty</text></tag></tags>
        ${answer("100", "true")}${answer("0", "false")}
      </question>`,
    );
    const imported = only(xml);
    expect(imported).toMatchObject({ name: "Washington Treaty", idNumber: "treaty & date", tags: ["history", "treaty"], textFormat: "moodle", defaultMark: 3, line: 3 });
    expect(imported.question).toMatchObject({ stem: "The treaty was signed in 1949.", explanation: "Signed on 4 April 1949." });
  });

  it("reads CDATA and entities alike, strips tags from names as Moodle does, and keeps '< ' in them", () => {
    const imported = only(quiz(question("essay", "<![CDATA[Arms <b>race</b> & x < 2]]>", "<![CDATA[<p>Explain the <i>security dilemma</i>.</p>]]>")));
    expect(imported.name).toBe("Arms race & x < 2");
    expect(imported.question.stem).toBe("<p>Explain the <i>security dilemma</i>.</p>");
  });

  it("maps Moodle's format names, reading an unknown one as html", () => {
    const formats = ["moodle_auto_format", "html", "plain_text", "markdown", "wiki_like", "rich"].map((format) => {
      const xml = quiz(`<question type="essay"><name><text>Q</text></name><questiontext format="${format}"><text>Define deterrence.</text></questiontext></question>`);
      return only(xml).textFormat;
    });
    expect(formats).toEqual(["moodle", "html", "plain", "markdown", "moodle", "html"]);
  });

  it("names a nameless question after its text and says so", () => {
    const result = parseMoodleXml(quiz(`<question type="essay"><questiontext><text><![CDATA[<p>Assess the <b>Harmel</b> report.</p>]]></text></questiontext></question>`));
    expect(result.questions[0]!.name).toBe("Assess the Harmel report.");
    expect(result.problems).toEqual([{ line: 3, message: "Question 'Assess the Harmel report.': it has no name, so it was named after its text." }]);
  });

  it("sets each question's category from the category entry before it, nested or in reverse order", () => {
    const category = (path: string) => `<question type="category"><category><text>${path}</text></category></question>`;
    const essay = (name: string) => question("essay", name, "Discuss.");
    const result = parseMoodleXml(quiz(essay("Before"), category("$course$/top/Cyber/Attribution"), essay("Child"), category("$course$/top/Cyber"), essay("Parent")));
    expect(result.categories).toEqual(["$course$/top/Cyber/Attribution", "$course$/top/Cyber"]);
    expect(result.questions.map((q) => [q.name, q.category])).toEqual([
      ["Before", undefined],
      ["Child", "$course$/top/Cyber/Attribution"],
      ["Parent", "$course$/top/Cyber"],
    ]);
  });

  it("reads the old category form without <text>, and reports a category entry with no path", () => {
    const result = parseMoodleXml(quiz(`<question type="category"><category>$course$/Old</category></question>`, `<question type="category"></question>`));
    expect(result.categories).toEqual(["$course$/Old"]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(/gives no category path/);
  });

  it("reads a bare <question> as a one-question file, and refuses any other root", () => {
    expect(parseMoodleXml(question("essay", "Bare", "Discuss.")).questions).toHaveLength(1);
    expect(parseMoodleXml("<questions><question/></questions>").problems[0]!.message).toMatch(/not a Moodle XML question file/);
    expect(parseMoodleXml(quiz()).problems[0]!.message).toMatch(/no <question> elements/);
  });

  it("appends the picture of a pre-2.0 <image> to the text and warns that files are not imported", () => {
    const result = parseMoodleXml(readSample("legacy-style.xml"));
    expect(result.questions[0]!.question.stem).toMatch(/under water\? <img src="@@PLUGINFILE@@\/treaty.png" \/>$/);
    expect(result.problems.map((problem) => problem.line)).toEqual([8, 46]);
  });

  it("skips unsupported types with a reason and keeps the rest", () => {
    const result = parseMoodleXml(readSample("alliance-security.xml"));
    expect(result.questions).toHaveLength(8);
    expect(result.skipped).toEqual([
      expect.objectContaining({ line: 220, name: "Reading break", sourceType: "description" }),
      expect.objectContaining({ line: 229, name: "Treaty gaps", sourceType: "cloze" }),
    ]);
    const typeless = parseMoodleXml(quiz("<question><name><text>Typeless</text></name></question>"));
    expect(typeless.skipped[0]).toMatchObject({ name: "Typeless", sourceType: "", reason: "the question does not say its type" });
  });

  it("rejects a question whose text holds elements, naming its line, and imports the others", () => {
    const result = parseMoodleXml(quiz(question("essay", "Broken", "<b>bold</b>"), question("essay", "Fine", "Discuss.")));
    expect(result.questions.map((q) => q.name)).toEqual(["Fine"]);
    expect(result.problems).toEqual([{ line: 3, message: expect.stringMatching(/^Question 'Broken' was not imported: <text> on line 3 holds other elements/) }]);
  });

  it("rejects a question with no text", () => {
    const result = parseMoodleXml(quiz(question("essay", "Empty", "  ")));
    expect(result.problems[0]!.message).toBe("Question 'Empty' was not imported: it has no question text.");
  });
});
