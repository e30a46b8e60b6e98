import { describe, expect, it } from "vitest";
import { questionSchema } from "../questions/types";
import { randomGuessScore } from "./random-guess";

const guess = (question: unknown) => randomGuessScore(questionSchema.parse(question));
const option = (key: string, fraction: number) => ({ key, text: `Option ${key}`, fraction });

describe("randomGuessScore", () => {
  it("is a half for true/false and the mean option fraction for a single choice", () => {
    expect(guess({ type: "true_false", stem: "Q?", answer: true })).toBe(0.5);
    expect(guess({ type: "single_choice", stem: "Q?", options: [option("a", 1), option("b", 0), option("c", 0), option("d", 0)] })).toBe(0.25);
    expect(guess({ type: "single_choice", stem: "Q?", options: [option("a", 1), option("b", 0.5)] })).toBe(0.75);
  });

  it("is unknown for multiple response, as in Moodle", () => {
    expect(guess({ type: "multiple_response", stem: "Q?", options: [option("a", 0.5), option("b", 0.5), option("c", -1)] })).toBeNull();
  });

  it("is the catch-all answer's fraction for short answer and numerical, else 0", () => {
    expect(guess({ type: "short_answer", stem: "Q?", answers: [{ text: "frog", fraction: 1 }, { text: "*", fraction: 0.1 }] })).toBe(0.1);
    expect(guess({ type: "short_answer", stem: "Q?", answers: [{ text: "frog", fraction: 1 }] })).toBe(0);
    expect(guess({ type: "numerical", stem: "Q?", answers: [{ value: 3.14, fraction: 1 }, { value: "*", fraction: 0.2 }] })).toBe(0.2);
    expect(guess({ type: "numerical", stem: "Q?", answers: [{ value: 3.14, fraction: 1 }] })).toBe(0);
  });

  it("is one over the number of distinct choices for matching, distractors included", () => {
    const pairs = [
      { id: "p1", prompt: "frog", answer: "amphibian" },
      { id: "p2", prompt: "cat", answer: "mammal" },
      { id: "p3", prompt: "newt", answer: "amphibian" },
    ];
    expect(guess({ type: "matching", stem: "Q?", pairs, distractors: ["insect"] })).toBeCloseTo(1 / 3, 12);
  });

  it("is 0 for ordering and essays", () => {
    expect(guess({ type: "ordering", stem: "Q?", items: [{ id: "a", text: "A" }, { id: "b", text: "B" }] })).toBe(0);
    expect(guess({ type: "essay", stem: "Q?" })).toBe(0);
  });
});
