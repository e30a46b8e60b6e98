import { describe, expect, it } from "vitest";
import { defaultOrder, displayOrder, gradeResponse, learnerViewOf, rightAnswerOf, type Question } from "./index";
import { answerPool } from "./matching";
import { samples } from "./sample-questions";

const all: Question[] = Object.values(samples);

/** A response that earns full marks, for each sample. */
const rightResponses: Record<Question["type"], unknown> = {
  single_choice: { choice: "b" },
  multiple_response: { choices: ["b", "a"] },
  true_false: { value: true },
  short_answer: { text: "secret  ARTICLE 5" },
  numerical: { text: "8.5 million people" },
  matching: {
    pairs: Object.fromEntries(
      samples.matching.pairs.map((pair) => [pair.id, answerPool(samples.matching).find((answer) => answer.text === pair.answer)!.id]),
    ),
  },
  ordering: { order: samples.ordering.items.map((item) => item.id) },
  essay: { text: "An argued answer." },
};

describe("gradeResponse", () => {
  it("grades each type by its own rules", () => {
    for (const question of all) {
      const expected = question.type === "essay" ? { status: "needs_grading" } : { status: "graded", fraction: 1 };
      expect(gradeResponse(question, rightResponses[question.type]), question.type).toMatchObject(expected);
    }
  });

  it("treats a missing response as unanswered", () => {
    for (const question of all) {
      expect(gradeResponse(question, undefined)).toEqual({ status: "unanswered" });
      expect(gradeResponse(question, null)).toEqual({ status: "unanswered" });
    }
  });

  it("never throws on malformed input, and explains what is wrong", () => {
    const junk: unknown[] = [5, "b", true, [], {}, { choice: 5 }, { choices: "a" }, { value: "yes" }, { text: 12 }, { pairs: [] }, { order: "a" }, { pairs: { p1: 3 } }];
    for (const question of all) {
      for (const raw of junk) {
        const result = gradeResponse(question, raw);
        if (result.status === "invalid") expect(result.message.length, `${question.type} ${JSON.stringify(raw)}`).toBeGreaterThan(10);
        else expect(["graded", "unanswered"], `${question.type} ${JSON.stringify(raw)}`).toContain(result.status);
      }
    }
    expect(gradeResponse(samples.singleChoice, { choice: 5 })).toEqual({ status: "invalid", message: 'This answer cannot be read: "choice" should be a string.' });
    expect(gradeResponse(samples.trueFalse, "yes")).toEqual({ status: "invalid", message: "This answer cannot be read: the response should be an object." });
  });

  it("words the response schemas' own checks plainly", () => {
    expect(gradeResponse(samples.multipleResponse, { choices: ["a", "a"] })).toEqual({ status: "invalid", message: "Each option can be chosen only once." });
    expect(gradeResponse(samples.shortAnswer, { text: "x".repeat(1001) })).toEqual({
      status: "invalid",
      message: "An answer can be at most 1,000 characters long.",
    });
    expect(gradeResponse(samples.essay, { text: "x".repeat(20_001) })).toMatchObject({ status: "invalid" });
    expect(gradeResponse(samples.essay, { text: "x".repeat(20_000) })).toEqual({ status: "needs_grading" });
    expect(gradeResponse(samples.numerical, { text: "eight" })).toMatchObject({ status: "invalid", message: expect.stringContaining("not a number") });
  });
});

describe("learnerViewOf", () => {
  const forbiddenKeys = ["fraction", "feedback", "feedbackTrue", "feedbackFalse", "explanation", "answer", "value", "tolerance", "correct", "right", "modelAnswer", "rubric", "accepted"];
  const keysOf = (value: unknown): string[] =>
    Array.isArray(value) ? value.flatMap(keysOf) : value && typeof value === "object" ? Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]) : [];

  it("sends nothing of the key to the browser, in any display order", () => {
    for (const question of all) {
      for (const order of [defaultOrder(question), displayOrder(question, "attempt-1"), displayOrder(question, "attempt-2"), ["stale", "ids"]]) {
        const view = learnerViewOf(question, order);
        const json = JSON.stringify(view);
        expect(json, question.type).not.toMatch(/SECRET/);
        expect(json, question.type).not.toMatch(/8\.25|0\.5/);
        expect(keysOf(view).filter((key) => forbiddenKeys.includes(key)), question.type).toEqual([]);
      }
    }
  });

  it("shows each option, answer or item exactly once, in the display order", () => {
    const order = displayOrder(samples.multipleResponse, "seed");
    expect(learnerViewOf(samples.multipleResponse, order)).toMatchObject({ options: order.map((key) => ({ key })) });
    expect(learnerViewOf(samples.matching, ["a3"])).toMatchObject({
      answers: [{ id: "a3" }, { id: "a1" }, { id: "a2" }, { id: "a4" }],
    });
    expect(learnerViewOf(samples.numerical)).toEqual({ type: "numerical", stem: samples.numerical.stem, unit: "million people" });
  });
});

describe("displayOrder", () => {
  it("is stable per seed, shuffles unless told not to, and never shows an ordering question solved", () => {
    expect(displayOrder(samples.singleChoice, "a:1")).toEqual(displayOrder(samples.singleChoice, "a:1"));
    const seeds = Array.from({ length: 20 }, (_, n) => displayOrder(samples.multipleResponse, `s${n}`).join(""));
    expect(new Set(seeds).size).toBeGreaterThan(5);
    expect(displayOrder({ ...samples.singleChoice, shuffle: false }, "a:1")).toEqual(["a", "b", "c"]);
    expect(displayOrder({ ...samples.matching, shuffle: false }, "a:1")).toEqual(["a1", "a2", "a3", "a4"]);
    expect(displayOrder(samples.trueFalse, "a:1")).toEqual([]);
    const correct = samples.ordering.items.map((item) => item.id);
    for (let n = 0; n < 30; n++) expect(displayOrder(samples.ordering, `o${n}`)).not.toEqual(correct);
  });
});

describe("rightAnswerOf", () => {
  it("summarises the correct response of every type", () => {
    expect(all.map(rightAnswerOf)).toEqual([
      "Washington",
      "Land\nCyberspace",
      "True",
      "SECRET Article 5",
      "8.25 ± 0.5 million people",
      "Article 4 → Consultation\nArticle 5 → Collective defence\nArticle 10 → Enlargement",
      "1. Losses mount\n2. Discontent spreads\n3. Purges begin\n4. Arrests follow",
      "SECRET model answer",
    ]);
  });
});
