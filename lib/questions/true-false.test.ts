import { describe, expect, it } from "vitest";
import { samples } from "./sample-questions";
import { grade, rightAnswer } from "./true-false";

describe("true/false", () => {
  const question = samples.trueFalse;

  it("gives 1 for the right value and 0 for the other, with the feedback for the value given", () => {
    expect(grade(question, { value: true })).toEqual({
      status: "graded",
      fraction: 1,
      feedback: { correct: true, answerFeedback: "SECRET true" },
    });
    expect(grade(question, { value: false })).toEqual({
      status: "graded",
      fraction: 0,
      feedback: { correct: false, answerFeedback: "SECRET false" },
    });
    expect(grade({ ...question, answer: false }, { value: false })).toMatchObject({ fraction: 1 });
  });

  it("treats a missing value as unanswered", () => {
    expect(grade(question, { value: null })).toEqual({ status: "unanswered" });
    expect(grade(question, {})).toEqual({ status: "unanswered" });
  });

  it("names the right value", () => {
    expect(rightAnswer(question)).toBe("True");
    expect(rightAnswer({ ...question, answer: false })).toBe("False");
  });
});
