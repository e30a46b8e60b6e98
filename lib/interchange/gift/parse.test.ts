import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGift } from "./parse";

const only = (text: string) => {
  const result = parseGift(text);
  expect(result.problems).toEqual([]);
  expect(result.questions).toHaveLength(1);
  return result.questions[0]!;
};

describe("parseGift: splitting and scanning", () => {
  it("cuts questions at blank lines and numbers each from its first non-comment line", () => {
    const result = parseGift("// intro\n::A::Is NATO a defensive alliance?{T}\n\n\n::B::Is the EU a military alliance?{F}\n");
    expect(result.questions.map((question) => [question.name, question.line])).toEqual([["A", 2], ["B", 5]]);
  });

  it("trims every line, so indentation inside a question is lost", () => {
    expect(only("::Code::[html]<pre>\n    deter();\n</pre>{}").question.stem).toBe("<pre>\ndeter();\n</pre>");
  });

  it("treats a line holding only 0 as a blank line, as PHP's empty() does", () => {
    expect(parseGift("Is Finland in NATO?{T}\n0\nIs Austria in NATO?{F}").questions).toHaveLength(2);
  });

  it("reads a file that uses only carriage returns, and drops a byte-order mark", () => {
    const result = parseGift("\uFEFF::A::Deterrence by punishment threatens retaliation.{T}\r\r::B::Is Malta in NATO?{F}");
    expect(result.questions.map((question) => question.name)).toEqual(["A", "B"]);
  });

  it("takes comment lines out of the question wherever they are", () => {
    expect(only("::Q::Name the treaty\n// not part of the text\nsigned in 1949.{=Washington}").question.stem).toBe("Name the treaty\n \nsigned in 1949.");
  });

  it("ignores a block of comments only, and an empty file", () => {
    expect(parseGift("// just a note\n// and another")).toMatchObject({ questions: [], problems: [], skipped: [] });
    expect(parseGift("")).toMatchObject({ questions: [], problems: [] });
  });
});

describe("parseGift: names, ids and tags", () => {
  it("takes ::name:: and cleans it as Moodle does (tags stripped, trimmed)", () => {
    expect(only("::  <b>Deterrence</b> 1 ::What deters?{=credible threats}").name).toBe("Deterrence 1");
  });

  it("names an unnamed question after its text, shortened to 80 characters at a space", () => {
    const text = "Which summit in 2014 committed allies to move towards spending two per cent of GDP on defence within a decade?";
    expect(only(`${text}{=Wales}`).name).toBe("Which summit in 2014 committed allies to move towards spending two per cent ...");
  });

  it("keeps an unfinished ::name in the text and names the question from it", () => {
    expect(only("::Hybrid threats are below the threshold of war.{T}").name).toBe("Hybrid threats are below the threshold of war.");
  });

  it("reads [id:…] and [tag:…] from the comments, trimmed, with \\] for a literal bracket", () => {
    const question = only("// [tag: deterrence ] [tag:nuclear] [id: q\\]7 ]\n// [tag:arms\\]control]\n::Q::Is MAD a doctrine?{T}");
    expect(question.idNumber).toBe("q]7");
    expect(question.tags).toEqual(["deterrence", "nuclear", "arms]control"]);
  });

  it("recognises no tag that spans lines", () => {
    expect(only("// [tag:cyber\n// defence]\n::Q::Is cyber a domain of operations?{T}").tags).toEqual([]);
  });
});

describe("parseGift: categories", () => {
  it("files the questions after a $CATEGORY: line under it and lists every category", () => {
    const result = parseGift("$CATEGORY: $course$/top/Deterrence\n\n::A::Q one{T}\n\n$CATEGORY: $course$/top/Arms control\n\n::B::Q two{F}");
    expect(result.categories).toEqual(["$course$/top/Deterrence", "$course$/top/Arms control"]);
    expect(result.questions.map((question) => question.category)).toEqual(["$course$/top/Deterrence", "$course$/top/Arms control"]);
  });

  it("reads a question that follows its category line without a blank line", () => {
    const result = parseGift("$CATEGORY: $course$/top/Cyber\n::A::Is Tallinn home to a NATO cyber centre?{T}");
    expect(result.questions).toMatchObject([{ name: "A", category: "$course$/top/Cyber" }]);
  });
});

describe("parseGift: text", () => {
  it("turns \\: \\# \\= \\{ \\} \\~ and \\n into their characters, and \\\\ into one backslash", () => {
    const question = only("::E::Ratio 2\\:1, \\#1, a\\=b, \\{set\\}, \\~x, line\\nbreak, path C\\\\dir{}");
    expect(question.question.stem).toBe("Ratio 2:1, #1, a=b, {set}, ~x, line\nbreak, path C\\dir");
  });

  it("reads \\\\= as a backslash and then a real =", () => {
    expect(only("::B::Escaped backslash{\\\\=yes}").question).toMatchObject({ type: "short_answer", answers: [{ text: "\\" }, { text: "yes" }] });
  });

  it("reads a [format] prefix and keeps an unknown one in the text", () => {
    expect(only("::H::[html]<p>Define <i>détente</i>.</p>{}")).toMatchObject({ textFormat: "html", question: { stem: "<p>Define <i>détente</i>.</p>" } });
    expect(only("::U::[classified] Define escalation.{}")).toMatchObject({ textFormat: "moodle", question: { stem: "[classified] Define escalation." } });
  });

  it("puts _____ where the answer block stood when text follows it", () => {
    expect(only("The {=Warsaw ~Wales} summit of 2016 created the enhanced forward presence.").question.stem).toBe(
      "The _____ summit of 2016 created the enhanced forward presence.",
    );
  });

  it("takes the last #### as the general feedback, in the question's format unless it names its own", () => {
    expect(only("::G::[html]Is <b>NATO</b> 75?{T####[plain]Founded in 1949.}")).toMatchObject({
      textFormat: "html",
      question: { explanation: "Founded in 1949." },
    });
  });
});

describe("parseGift: skipped and problems", () => {
  it("skips a description (no answer block) with the reason", () => {
    const result = parseGift("::Scenario:: The following questions concern the Baltic states.");
    expect(result.skipped).toEqual([{ line: 1, name: "Scenario", sourceType: "description", reason: expect.stringContaining("description") }]);
    expect(result.questions).toEqual([]);
  });

  it("reports a missing brace on the question's line and still reads the good questions", () => {
    const result = parseGift("::Good::Is NATO 75?{T}\n\n// broken one\n::Bad::Which city hosts SHAPE?{=Mons\n\n::Also bad::Name the treaty} please");
    expect(result.questions.map((question) => question.name)).toEqual(["Good"]);
    expect(result.problems).toEqual([
      { line: 4, message: "Line 4: the answer block is not closed with }." },
      { line: 6, message: "Line 6: the answer block has a } but no opening {." },
    ]);
  });

  it("reports a } before the { instead of storing a garbled question", () => {
    expect(parseGift("::Q::Odd } text {T}").problems[0]!.message).toMatch(/^Line 1: a } comes before the {/);
  });

  it("reports a question with no text", () => {
    expect(parseGift("::Empty::{=yes}").problems).toEqual([{ line: 1, message: "Line 1: the question has no text before or after its answer block." }]);
  });
});

describe("parseGift: our sample bank", () => {
  it("reads every question of lib/interchange/gift/samples/alliance.gift.txt", () => {
    const result = parseGift(readFileSync(new URL("./samples/alliance.gift.txt", import.meta.url), "utf8"));
    expect(result.problems).toEqual([]);
    expect(result.skipped.map((skipped) => skipped.name)).toEqual(["Briefing"]);
    expect(result.questions.map((question) => question.question.type)).toEqual([
      "single_choice", "multiple_response", "numerical", "numerical", "numerical", "numerical", "short_answer", "short_answer",
      "true_false", "true_false", "matching", "essay", "single_choice", "single_choice", "true_false",
    ]);
  });
});
