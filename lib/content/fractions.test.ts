import { describe, expect, it } from "vitest";
import { optionFractions } from "./fractions";

const base = { id: "q", difficulty: 1 as const, level: "remember" as const, stem: "s", paragraphs: [1], tags: [], explanation: "e" };
const option = (id: string, correct: boolean) => ({ id, text: id, correct, feedback: "f" });

describe("option fractions", () => {
  it("gives the single-choice key the whole mark", () => {
    expect(optionFractions({ ...base, type: "single_choice", options: [option("a", false), option("b", true), option("c", false)] })).toEqual([0, 1, 0]);
  });

  it("splits multiple response evenly and penalises each wrong option by one right option's share", () => {
    const fractions = optionFractions({
      ...base,
      type: "multiple_response",
      options: [option("a", true), option("b", true), option("c", true), option("d", false)],
    });
    expect(fractions.map((f) => Number(f.toFixed(6)))).toEqual([0.333333, 0.333333, 0.333333, -0.333333]);
    expect(fractions.filter((f) => f > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
