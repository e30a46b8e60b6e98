import { describe, expect, it } from "vitest";
import type { InterchangeQuestion } from "../model";
import type { Question } from "../../questions/types";
import { parseGift } from "./parse";
import { exportGift, writeGift } from "./write";

const item = (name: string, question: Question, extra: Partial<InterchangeQuestion> = {}): InterchangeQuestion => ({
  name,
  tags: [],
  textFormat: "moodle",
  line: 1,
  question,
  ...extra,
});

/** What a round trip must keep: everything but line numbers (and keys, which follow the texts). */
const kept = (questions: InterchangeQuestion[]) =>
  questions.map((question) => JSON.parse(JSON.stringify({ ...question, line: 0 }, (key, value) => (key === "key" || key === "id" ? undefined : value))));

const roundTrip = (questions: InterchangeQuestion[]) => {
  const exported = exportGift(questions);
  const parsed = parseGift(exported.text);
  expect(parsed.problems).toEqual([]);
  return { exported, parsed };
};

const everyType: InterchangeQuestion[] = [
  item("Article 5", {
    type: "single_choice",
    stem: "Which article covers collective defence?",
    explanation: "Signed in 1949.",
    options: [
      { key: "o1", text: "Article 4", fraction: 0, feedback: "Consultation." },
      { key: "o2", text: "Article 5", fraction: 1, feedback: "" },
      { key: "o3", text: "%10 of members", fraction: 0.3333333, feedback: "" },
    ],
  }, { category: "$course$/top/Treaty", tags: ["treaty", "article]5"], idNumber: "nato-5" }),
  item("Founders", {
    type: "multiple_response",
    stem: "Which were founding members?",
    explanation: "",
    options: [
      { key: "o1", text: "Norway", fraction: 0.5, feedback: "" },
      { key: "o2", text: "Iceland", fraction: 0.5, feedback: "Yes, without armed forces." },
      { key: "o3", text: "Sweden", fraction: -1, feedback: "" },
    ],
  }, { category: "$course$/top/Treaty" }),
  item("Dilemma", { type: "true_false", stem: "Arms races can follow from defensive build-ups.", explanation: "", answer: true, feedbackTrue: "", feedbackFalse: "[html]Think of Herz." }),
  item("HQ", {
    type: "short_answer",
    stem: "Where is NATO HQ?",
    explanation: "Boulevard Léopold III.",
    answers: [
      { text: "Brussels", fraction: 1, feedback: "" },
      { text: "Bruxelles", fraction: 0.5, feedback: "In French: fine." },
      { text: "*", fraction: 0, feedback: "No." },
    ],
  }),
  item("Allies", {
    type: "numerical",
    stem: "How many allies are there?",
    explanation: "",
    answers: [
      { value: 32, tolerance: 0, fraction: 1, feedback: "" },
      { value: 31.5, tolerance: 0.5, fraction: 0.5, feedback: "Close." },
      { value: "*", tolerance: 0, fraction: 0, feedback: "Count again." },
    ],
  }),
  item("Commands", {
    type: "matching",
    stem: "Match the command to its seat.",
    explanation: "",
    pairs: [
      { id: "p1", prompt: "[SHAPE]", answer: "Mons -> Casteau" },
      { id: "p2", prompt: "ACT", answer: "Norfolk" },
    ],
    distractors: ["Geneva"],
  }, { textFormat: "html" }),
  item("Deterrence: an essay", { type: "essay", stem: "Assess {extended} deterrence #today.", explanation: "" }, { textFormat: "markdown" }),
];

describe("writeGift", () => {
  it("writes Moodle's layout: name, text, one tab-indented answer per line, a blank line between questions", () => {
    expect(writeGift([everyType[1]!, everyType[2]!])).toBe(
      "$CATEGORY: $course$/top/Treaty\n\n" +
        "::Founders::Which were founding members?{\n\t~%50%Norway\n\t~%50%Iceland#Yes, without armed forces.\n\t~%-100%Sweden\n}\n\n" +
        "::Dilemma::Arms races can follow from defensive build-ups.{TRUE#[moodle][html]Think of Herz.}\n",
    );
  });

  it("escapes GIFT's special characters and the backslash, and writes a newline as \\n", () => {
    const text = writeGift([item("a:b", { type: "essay", stem: "x = {y} ~ #z \\ w\nnext", explanation: "" })]);
    expect(text).toBe("::a\\:b::x \\= \\{y\\} \\~ \\#z \\\\ w\\nnext{}\n");
  });

  it("round-trips every type GIFT can express, with tags, ids, categories and formats", () => {
    // GIFT cannot leave a category, so the questions after the first categorised ones get their own.
    const questions = everyType.map((question, index) => (index < 2 ? question : { ...question, category: "$course$/top/Other" }));
    const { exported, parsed } = roundTrip(questions);
    expect(exported.skipped).toEqual([]);
    expect(kept(parsed.questions)).toEqual(kept(questions));
    expect(parsed.categories).toEqual(["$course$/top/Treaty", "$course$/top/Other"]);
  });

  it("writes ordering in Moodle's {>…} syntax, and leaves out one whose items GIFT cannot tell apart", () => {
    const ordering = (items: string[]) =>
      item("Enlargement", { type: "ordering", stem: "Order the accessions.", explanation: "", items: items.map((text, index) => ({ id: `i${index + 1}`, text })) });
    const exported = exportGift([ordering(["Greece", "Spain"]), everyType[3]!]);
    expect(exported.skipped).toEqual([]);
    expect(exported.text).toContain("{>\n\tGreece\n\tSpain\n}");
    expect(parseGift(exported.text).questions.map((question) => question.question.type)).toEqual(["ordering", everyType[3]!.question.type]);
    const repeated = exportGift([ordering(["Spain", "Spain"])]);
    expect(repeated.skipped).toEqual([{ name: "Enlargement", message: expect.stringMatching(/one ordering item per line/) }]);
  });

  it.each<[string, Question, RegExp]>([
    ["no right answer", { type: "single_choice", stem: "S", explanation: "", options: [{ key: "a", text: "x", fraction: 0.5, feedback: "" }, { key: "b", text: "y", fraction: 0, feedback: "" }] }, /none/],
    ["an arrow in a short answer", { type: "short_answer", stem: "S", explanation: "", answers: [{ text: "a -> b", fraction: 1, feedback: "" }] }, /->/],
    ["an arrow in a prompt", { type: "matching", stem: "S", explanation: "", pairs: [{ id: "p1", prompt: "a -> b", answer: "c" }], distractors: ["d"] }, /->/],
    ["a single pair", { type: "matching", stem: "S", explanation: "", pairs: [{ id: "p1", prompt: "a", answer: "c" }], distractors: [] }, /two pairs/],
  ])("skips a question GIFT would change (%s) and says why", (_case, question, reason) => {
    const exported = exportGift([item("Q", question)]);
    expect(exported.skipped).toEqual([{ name: "Q", message: expect.stringMatching(reason) }]);
    expect(parseGift(exported.text).questions).toEqual([]);
  });

  it("reports the settings GIFT cannot carry", () => {
    const exported = exportGift([
      item("Case", { type: "short_answer", stem: "S", explanation: "", caseSensitive: true, answers: [{ text: "NATO", fraction: 1, feedback: "" }] }, { defaultMark: 2, tags: ["a<b"] }),
      item("Unit", { type: "numerical", stem: "S", explanation: "", unit: "km", answers: [{ value: 5, tolerance: 0, fraction: 1, feedback: "" }] }),
    ]);
    expect(exported.lost.map((note) => `${note.name}: ${note.message}`)).toEqual([
      "Case: default mark 2 (GIFT questions are worth 1)",
      'Case: tags "a<b"',
      "Case: case-sensitive matching",
      'Unit: unit "km"',
    ]);
  });

  it("writes a lone catch-all numerical answer so that it is still an answer", () => {
    const only = item("Any", { type: "numerical", stem: "Any number?", explanation: "", answers: [{ value: "*", tolerance: 0, fraction: 1, feedback: "" }] });
    expect(kept(roundTrip([only]).parsed.questions)).toEqual(kept([only]));
  });
});
