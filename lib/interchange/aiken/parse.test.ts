import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseAiken } from "./parse";

describe("parseAiken", () => {
  it("reads a question line, its options and the ANSWER line as single choice", () => {
    const result = parseAiken("Where is SHAPE?\nA) Mons\nB) Brussels\nANSWER: A\n");
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([
      {
        name: "Where is SHAPE?",
        tags: [],
        textFormat: "html",
        line: 1,
        question: {
          type: "single_choice",
          stem: "Where is SHAPE?",
          explanation: "",
          options: [
            { key: "o2", text: "Mons", fraction: 1, feedback: "" },
            { key: "o1", text: "Brussels", fraction: 0, feedback: "" },
          ],
        },
      },
    ]);
  });

  it("accepts A. and A) with or without the space, and takes options in order whatever their letters", () => {
    const result = parseAiken("Pick the neutral state.\nC.Austria\nA)Poland\nANSWER: A");
    expect(result.questions[0]!.question).toMatchObject({ options: [{ text: "Austria", fraction: 1 }, { text: "Poland", fraction: 0 }] });
  });

  it("escapes <, > and & in the text and options, and names the question from the raw line without tags", () => {
    const result = parseAiken("Is <b>MAD</b> stable & safe?\nA) x < y\nB) y > x\nANSWER: B");
    expect(result.questions[0]).toMatchObject({
      name: "Is MAD stable & safe?",
      question: { stem: "Is &lt;b&gt;MAD&lt;/b&gt; stable &amp; safe?", options: [{ text: "x &lt; y" }, { text: "y &gt; x" }] },
    });
  });

  it("ignores lines shorter than two bytes and reads CRLF and CR line ends", () => {
    const result = parseAiken("Which city hosts NATO HQ?\r\nx\r\nA) Brussels\rB) Mons\r\n\r\nANSWER: A");
    expect(result.questions).toHaveLength(1);
  });

  it("reports what Moodle reports, at the question's line, and keeps the good questions", () => {
    const result = parseAiken(
      [
        "Only one option here",
        "A) Lonely",
        "ANSWER: A",
        "A) An option with no question",
        "ANSWER: A",
        "A good one",
        "A) Yes",
        "B) No",
        "ANSWER: A",
        "Started but never answered",
        "A) One",
        "B) Two",
        "Next question",
        "A) One",
        "B) Two",
        "ANSWER: B",
      ].join("\n"),
    );
    expect(result.questions.map((question) => question.name)).toEqual(["A good one", "Next question"]);
    expect(result.problems).toEqual([
      { line: 1, message: 'Line 1: the question "Only one option here" needs at least two options (A), B), …) before its ANSWER: line (line 3).' },
      { line: 4, message: "Line 4: this line belongs to no question: write the question text on the line above its options." },
      { line: 5, message: "Line 5: this line belongs to no question: write the question text on the line above its options." },
      { line: 10, message: 'Line 10: the question "Started but never answered" has no ANSWER: line before the next question starts on line 13, so it was not imported.' },
    ]);
  });

  it("reports an ANSWER that names no option, and a question left open at the end (Moodle drops both silently)", () => {
    const result = parseAiken("First\nA) One\nB) Two\nANSWER: E\nSecond\nA) One\nB) Two");
    expect(result.questions).toEqual([]);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      "Line 1: the ANSWER: on line 4 must be one of the option letters A to B.",
      'Line 5: the question "Second" has no ANSWER: line, so it was not imported.',
    ]);
  });

  it("reports an option that is empty", () => {
    expect(parseAiken("Empty option\nA)\nB) Two\nANSWER: B").problems[0]!.message).toMatch(/empty option/);
  });

  it("reads our sample file", () => {
    const result = parseAiken(readFileSync(new URL("./samples/deterrence.aiken.txt", import.meta.url), "utf8"));
    expect(result.problems).toEqual([]);
    expect(result.questions.map((question) => question.question.type === "single_choice" && question.question.options.findIndex((option) => option.fraction === 1))).toEqual([0, 1, 1]);
  });
});
