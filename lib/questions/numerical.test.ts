import { describe, expect, it } from "vitest";
import { grade, parseNumber, rightAnswer } from "./numerical";
import { samples } from "./sample-questions";
import type { NumericalQuestion } from "./types";

const question = samples.numerical;
const fractionOf = (q: NumericalQuestion, text: string) => {
  const result = grade(q, { text });
  return result.status === "graded" ? result.fraction : result.status;
};

describe("parseNumber", () => {
  it("reads plain, signed, decimal, grouped and exponent forms", () => {
    expect(parseNumber("15")).toBe(15);
    expect(parseNumber(" 15.0 ")).toBe(15);
    expect(parseNumber("-2.5")).toBe(-2.5);
    expect(parseNumber("+.5")).toBe(0.5);
    expect(parseNumber("1,500")).toBe(1500);
    expect(parseNumber("1,234,567.5")).toBe(1234567.5);
    expect(parseNumber("8e6")).toBe(8_000_000);
    expect(parseNumber("8E-3")).toBe(0.008);
  });

  it("refuses anything else", () => {
    for (const text of ["", "abc", "1,50", "15,", "1.2.3", "8 million", "1 000", "0x10", "Infinity", "1e999", "--5", "5-"]) {
      expect(parseNumber(text), text).toBeNull();
    }
  });

  it("allows the question's unit after the number, in any case and spacing", () => {
    expect(parseNumber("8 million people", "million people")).toBe(8);
    expect(parseNumber("8million  People", "million people")).toBe(8);
    expect(parseNumber("15%", "%")).toBe(15);
    expect(parseNumber("8 million", "million people")).toBeNull();
    expect(parseNumber("8 people")).toBeNull();
  });
});

describe("numerical grading", () => {
  it("accepts values within the tolerance, both ends included", () => {
    expect(fractionOf(question, "8.25")).toBe(1);
    expect(fractionOf(question, "7.75")).toBe(1);
    expect(fractionOf(question, "8.75 million people")).toBe(1);
    expect(fractionOf(question, "8.76")).toBe(0);
    expect(fractionOf(question, "7.74")).toBe(0);
  });

  it("keeps decimal edges inclusive despite binary rounding", () => {
    const tenths: NumericalQuestion = { ...question, answers: [{ value: 0.3, tolerance: 0.1, fraction: 1, feedback: "" }] };
    expect(fractionOf(tenths, "0.4")).toBe(1);
    expect(fractionOf(tenths, "0.2")).toBe(1);
    expect(fractionOf(tenths, "0.41")).toBe(0);
    const exact: NumericalQuestion = { ...question, answers: [{ value: 2024, tolerance: 0, fraction: 1, feedback: "" }] };
    expect(fractionOf(exact, "2,024")).toBe(1);
    expect(fractionOf(exact, "2025")).toBe(0);
  });

  it("takes the highest fraction among the answers that match, with its feedback; * matches anything", () => {
    const tiered: NumericalQuestion = {
      ...question,
      answers: [
        { value: "*", tolerance: 0, fraction: 0, feedback: "Way off" },
        { value: 10, tolerance: 5, fraction: 0.5, feedback: "Close" },
        { value: 10, tolerance: 1, fraction: 1, feedback: "Right" },
      ],
    };
    expect(grade(tiered, { text: "10.5" })).toMatchObject({ fraction: 1, feedback: { answerFeedback: "Right" } });
    expect(grade(tiered, { text: "14" })).toMatchObject({ fraction: 0.5, feedback: { answerFeedback: "Close" } });
    expect(grade(tiered, { text: "-3" })).toMatchObject({ fraction: 0, feedback: { answerFeedback: "Way off" } });
  });

  it("treats blank text as unanswered and explains text that is not a number", () => {
    expect(fractionOf(question, "   ")).toBe("unanswered");
    expect(grade(question, { text: "about eight" })).toEqual({
      status: "invalid",
      message: '"about eight" is not a number. Write digits, such as 15, 1,500, 2.5 or 8e6, optionally followed by "million people".',
    });
  });

  it("states the answer with its tolerance and unit", () => {
    expect(rightAnswer(question)).toBe("8.25 ± 0.5 million people");
    expect(rightAnswer({ ...question, unit: undefined, answers: [{ value: 2024, tolerance: 0, fraction: 1, feedback: "" }] })).toBe("2024");
  });
});
