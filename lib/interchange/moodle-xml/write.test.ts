import { describe, expect, it } from "vitest";
import type { InterchangeQuestion } from "../model";
import { parseMoodleXml } from "./parse";
import { comparable, readSample, sampleNames } from "./test-helpers";
import { writeMoodleXml } from "./write";
import { percent } from "./write-types";
import { cdataOrText } from "./xml-escape";

const base = { tags: [] as string[], textFormat: "html" as const, line: 1, explanation: "" };
const item = (name: string, question: InterchangeQuestion["question"], extra: Partial<InterchangeQuestion> = {}): InterchangeQuestion => ({
  name,
  tags: base.tags,
  textFormat: base.textFormat,
  line: base.line,
  question,
  ...extra,
});

/** One question of every type the engine has, with the awkward parts each type allows. */
const everyType: InterchangeQuestion[] = [
  item(
    "Article 5 & you < them",
    {
      type: "single_choice",
      stem: "<p>Which article holds the collective-defence clause?</p>",
      explanation: "Invoked after 11 September 2001 ]]> once.",
      options: [
        { key: "a", text: "Article 5", fraction: 1, feedback: "Right." },
        { key: "b", text: "Article 4", fraction: -0.3333333, feedback: "Consultation < defence." },
      ],
      shuffle: true,
    },
    { category: "$course$/top/Alliance", idNumber: "a5 & <more>", tags: ["treaty", "defence"], defaultMark: 2.5 },
  ),
  item(
    "Founders",
    {
      type: "multiple_response",
      stem: "Which states founded NATO?",
      explanation: "",
      options: [
        { key: "a", text: "Norway", fraction: 0.5, feedback: "" },
        { key: "b", text: "Portugal", fraction: 0.5, feedback: "Yes.\nSigned in 1949." },
        { key: "c", text: "Austria", fraction: -1, feedback: "Neutral." },
      ],
      allOrNothing: true,
      shuffle: false,
    },
    { category: "$course$/top/Alliance", textFormat: "moodle" },
  ),
  item(
    "Denial",
    { type: "true_false", stem: "Denial makes attacks unlikely to succeed.", explanation: "", answer: false, feedbackTrue: "No.", feedbackFalse: "Yes." },
    { category: "$course$/top/Doctrine", textFormat: "plain" },
  ),
  item("HQ", {
    type: "short_answer",
    stem: "Where is NATO's headquarters?",
    explanation: "Since 1967.",
    answers: [
      { text: "Brussels", fraction: 1, feedback: "Yes." },
      { text: "Brux\\*", fraction: 0.1, feedback: "" },
      { text: "*", fraction: 0, feedback: "No." },
    ],
    caseSensitive: true,
  }),
  item(
    "Spending",
    {
      type: "numerical",
      stem: "Share of GDP agreed in 2014?",
      explanation: "",
      answers: [
        { value: 2, tolerance: 0.05, fraction: 1, feedback: "Yes." },
        { value: -1.5e-7, tolerance: 0, fraction: 0.25, feedback: "" },
        { value: "*", tolerance: 0, fraction: 0, feedback: "No." },
      ],
      unit: "%",
    },
    { textFormat: "markdown" },
  ),
  item("Schools", {
    type: "matching",
    stem: "Match the school to its idea.",
    explanation: "",
    pairs: [
      { id: "p1", prompt: "Realism", answer: "Power" },
      { id: "p2", prompt: "Liberalism", answer: "Institutions & trade" },
    ],
    distractors: ["Markets"],
    shuffle: false,
  }),
  item("Enlargement", {
    type: "ordering",
    stem: "Order the accessions.",
    explanation: "",
    items: [
      { id: "i3", text: "Turkey" },
      { id: "i2", text: "Spain" },
      { id: "i1", text: "Finland" },
    ],
  }),
  item("Hybrid", { type: "essay", stem: "Discuss hybrid threats.", explanation: "", modelAnswer: "<p>Attribution.</p>" }, { tags: ["hybrid"] }),
  item("Open", { type: "essay", stem: "Discuss burden sharing.", explanation: "" }),
];

describe("writeMoodleXml", () => {
  it("gives back every supported type, its category, tags, ID number and format", () => {
    const result = parseMoodleXml(writeMoodleXml(everyType));
    expect(result.problems).toEqual([]);
    expect(comparable(result.questions)).toEqual(
      comparable(everyType).map((question, index) => (index >= 3 ? { ...question, category: "$course$/top/Doctrine" } : question)),
    );
    expect(result.categories).toEqual(["$course$/top/Alliance", "$course$/top/Doctrine"]);
  });

  it("cannot keep markup in a name: Moodle strips tags from names on import, and so do we", () => {
    const [first] = parseMoodleXml(writeMoodleXml([{ ...everyType[0]!, name: "Article <b>5</b>" }])).questions;
    expect(first!.name).toBe("Article 5");
  });

  it("round-trips our sample banks", () => {
    for (const name of sampleNames) {
      const first = parseMoodleXml(readSample(name));
      const second = parseMoodleXml(writeMoodleXml(first.questions));
      expect(comparable(second.questions)).toEqual(comparable(first.questions));
    }
  });

  it("writes Moodle's shape: one category entry per change, the qtype names Moodle uses, grades as percentages", () => {
    const xml = writeMoodleXml(everyType);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n')).toBe(true);
    expect(xml.match(/<question type="[a-z]+">/g)).toEqual(
      ["category", "multichoice", "multichoice", "category", "truefalse", "shortanswer", "numerical", "matching", "ordering", "essay", "essay"].map((type) => `<question type="${type}">`),
    );
    expect(xml).toContain('<answer fraction="-33.33333" format="html">');
    expect(xml).toContain("<idnumber>a5 &amp; &lt;more&gt;</idnumber>");
    expect(xml).toContain("<single>false</single>");
    expect(xml).toContain("<usecase>1</usecase>");
  });

  it("escapes text as Moodle does: CDATA for markup, a split section for ]]>, entities for a carriage return", () => {
    expect(cdataOrText("Plain words")).toBe("Plain words");
    expect(cdataOrText("x < 2")).toBe("<![CDATA[x < 2]]>");
    expect(cdataOrText("a]]>b")).toBe("<![CDATA[a]]]]><![CDATA[>b]]>");
    expect(cdataOrText("a\r\nb & c")).toBe("a&#13;\nb &amp; c");
    expect(cdataOrText("bell\u0007")).toBe("bell");
  });

  it("writes fractions with Moodle's seven decimals", () => {
    expect([1, 0, -0.5, 0.3333333, 0.1428571, 0.05].map(percent)).toEqual(["100", "0", "-50", "33.33333", "14.28571", "5"]);
  });
});
