import { describe, expect, it } from "vitest";
import type { InterchangeQuestion, ParseResult } from "../model";
import { compareWithMoodle, judgeFixture } from "./compare";
import type { DocumentedDifference } from "./types";

const choice: InterchangeQuestion = {
  name: "Article 5",
  tags: [],
  textFormat: "moodle",
  line: 1,
  question: {
    type: "single_choice",
    stem: "Which article of the Washington Treaty covers collective defence?",
    explanation: "",
    options: [
      { key: "a", text: "Article 4", fraction: 0, feedback: "That one is consultation." },
      { key: "b", text: "Article 5", fraction: 1, feedback: "" },
    ],
  },
};

const numerical: InterchangeQuestion = {
  name: "Founding members",
  tags: [],
  textFormat: "moodle",
  line: 5,
  question: {
    type: "numerical",
    stem: "How many states signed the treaty in 1949?",
    explanation: "Twelve founders.",
    answers: [
      { value: 12, tolerance: 0, fraction: 1, feedback: "" },
      { value: "*", tolerance: 0, fraction: 0, feedback: "Count again." },
    ],
  },
};

const result = (...questions: InterchangeQuestion[]): ParseResult => ({ format: "gift", questions, skipped: [], problems: [], categories: [] });

const moodleChoice = {
  qtype: "multichoice",
  single: "1",
  name: "Article 5",
  questiontext: "Which article of the Washington Treaty covers collective defence?",
  generalfeedback: "",
  answer: [{ text: "Article 4", format: "0" }, { text: "Article 5", format: "0" }],
  fraction: [0, "1"],
  feedback: [{ text: "That one is consultation." }, { text: "" }],
};

const moodleNumerical = {
  qtype: "numerical",
  name: "Founding members",
  questiontext: "How many states signed the treaty in 1949?",
  generalfeedback: "Twelve founders.",
  answer: ["12.0", "*"],
  fraction: [1, 0],
  tolerance: [0, ""],
  feedback: [{ text: "" }, { text: "Count again." }],
};

describe("compareWithMoodle", () => {
  it("finds no difference when every compared field agrees, whatever PHP's types", () => {
    const moodle = { questions: [{ qtype: "category", category: "$course$/top/NATO" }, moodleChoice, moodleNumerical] };
    expect(compareWithMoodle(result(choice, numerical), moodle)).toEqual([]);
  });

  it("names the question and the field that differ", () => {
    const moodle = { questions: [{ ...moodleChoice, fraction: [0.5, 1] }, { ...moodleNumerical, tolerance: [0.5, ""] }] };
    expect(compareWithMoodle(result(choice, numerical), moodle)).toEqual([
      { question: "Article 5", field: "fractions", moodle: "[0.5,1]", ours: "[0,1]" },
      { question: "Founding members", field: "tolerance", moodle: "[0.5,0]", ours: "[0,0]" },
    ]);
  });

  it("reports a missing question once and keeps comparing the rest by name", () => {
    const moodle = { questions: [moodleChoice, moodleNumerical] };
    expect(compareWithMoodle(result(numerical), moodle)).toEqual([
      { field: "count", moodle: "2", ours: "1" },
      { question: "Article 5", field: "count", moodle: "imported", ours: "missing" },
    ]);
  });

  it("pairs a skipped question with Moodle's and differs only in type", () => {
    const ours: ParseResult = { ...result(), skipped: [{ line: 1, name: "Briefing", sourceType: "description", reason: "no answers" }] };
    const moodle = { questions: [{ qtype: "description", name: "Briefing", questiontext: "Read this first." }] };
    expect(compareWithMoodle(ours, moodle)).toEqual([
      { question: "Briefing", field: "type", moodle: '"description"', ours: '"skipped (description)"' },
    ]);
  });

  it("tells multiple response from single choice by Moodle's single flag", () => {
    const moodle = { questions: [{ ...moodleChoice, single: 0 }] };
    expect(compareWithMoodle(result(choice), moodle)[0]).toMatchObject({ field: "type", moodle: '"multiple_response"' });
  });
});

describe("judgeFixture", () => {
  const moodle = { questions: [{ ...moodleChoice, questiontext: "Changed" }] };
  const entry: DocumentedDifference = {
    fixture: "gift/sample.txt",
    question: "Article 5",
    field: "text",
    moodle: "Changed",
    ours: "original",
    reason: "moodle_changes_answer",
    why: "test",
  };

  it("is undocumented when no entry covers the difference", () => {
    expect(judgeFixture("gift/sample.txt", result(choice), moodle, []).status).toBe("undocumented");
  });

  it("is documented when an entry for that fixture, question and field exists", () => {
    const verdict = judgeFixture("gift/sample.txt", result(choice), moodle, [entry]);
    expect(verdict.status).toBe("documented");
    expect(judgeFixture("gift/other.txt", result(choice), moodle, [entry]).status).toBe("undocumented");
  });

  it("is matched when nothing differs", () => {
    expect(judgeFixture("gift/sample.txt", result(choice), { questions: [moodleChoice] }, [entry]).status).toBe("matched");
  });
});
