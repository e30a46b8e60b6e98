import { describe, expect, it } from "vitest";
import { grade, rightAnswer } from "./multiple-response";
import { samples } from "./sample-questions";

const question = samples.multipleResponse;
const fractionOf = (choices: string[], allOrNothing = false) => {
  const result = grade({ ...question, allOrNothing }, { choices });
  return result.status === "graded" ? result.fraction : result.status;
};

describe("multiple response", () => {
  it("sums the chosen options' fractions", () => {
    expect(fractionOf(["a", "b"])).toBe(1);
    expect(fractionOf(["a"])).toBe(0.5);
    expect(fractionOf(["a", "b", "c"])).toBe(0.5);
  });

  it("floors the total at 0 and caps it at 1", () => {
    expect(fractionOf(["a", "c", "d"])).toBe(0);
    expect(fractionOf(["c"])).toBe(0);
    const generous = { ...question, options: question.options.map((option) => ({ ...option, fraction: 0.75 })) };
    expect(grade(generous, { choices: ["a", "b"] })).toMatchObject({ fraction: 1 });
  });

  it("takes rounded stored fractions that sum to a hair under 1 as full marks", () => {
    const thirds = {
      ...question,
      options: ["a", "b", "c"].map((key) => ({ key, text: key, fraction: 0.3333333, feedback: "" })),
    };
    expect(grade(thirds, { choices: ["a", "b", "c"] })).toMatchObject({ fraction: 1, feedback: { correct: true } });
    expect(grade(thirds, { choices: ["a", "b"] })).toMatchObject({ fraction: 0.6666666 });
  });

  it("gives all or nothing when asked: 1 only for exactly the options that earn credit", () => {
    expect(fractionOf(["a", "b"], true)).toBe(1);
    expect(fractionOf(["b", "a"], true)).toBe(1);
    expect(fractionOf(["a"], true)).toBe(0);
    expect(fractionOf(["a", "b", "c"], true)).toBe(0);
  });

  it("reports each option, with feedback only for the chosen ones", () => {
    expect(grade(question, { choices: ["a", "c"] })).toMatchObject({
      feedback: {
        correct: false,
        perOption: {
          a: { chosen: true, right: true, feedback: "SECRET land" },
          b: { chosen: false, right: true },
          c: { chosen: true, right: false, feedback: "SECRET floor" },
          d: { chosen: false, right: false },
        },
      },
    });
  });

  it("treats no choice as unanswered and rejects unknown or repeated keys", () => {
    expect(fractionOf([])).toBe("unanswered");
    expect(grade(question, { choices: ["a", "q"] })).toMatchObject({ status: "invalid", message: expect.any(String) });
    expect(grade(question, { choices: ["a", "a"] })).toMatchObject({ status: "invalid", message: "Each option can be chosen only once." });
  });

  it("lists the options that earn credit as the right answer", () => {
    expect(rightAnswer(question)).toBe("Land\nCyberspace");
  });
});
