import { describe, expect, it } from "vitest";
import { samples } from "./sample-questions";
import { grade, learnerView, rightAnswer } from "./single-choice";

const question = samples.singleChoice;

describe("single choice", () => {
  it("gives the chosen option's fraction and its feedback", () => {
    expect(grade(question, { choice: "b" })).toMatchObject({
      status: "graded",
      fraction: 1,
      feedback: { correct: true, answerFeedback: "SECRET b is right", perOption: { b: { chosen: true, right: true } } },
    });
    const wrong = grade(question, { choice: "a" });
    expect(wrong).toMatchObject({ status: "graded", fraction: 0, feedback: { correct: false, answerFeedback: "SECRET a is wrong" } });
    if (wrong.status === "graded") expect(wrong.feedback.perOption?.b).toEqual({ chosen: false, right: true });
  });

  it("keeps partial credit and counts a penalty as 0", () => {
    const imported = {
      ...question,
      options: [
        { key: "x", text: "Close", fraction: 0.5, feedback: "" },
        { key: "y", text: "Far off", fraction: -0.3333333, feedback: "" },
      ],
    };
    expect(grade(imported, { choice: "x" })).toMatchObject({ fraction: 0.5, feedback: { correct: false } });
    expect(grade(imported, { choice: "y" })).toMatchObject({ fraction: 0 });
  });

  it("treats no choice as unanswered and rejects an unknown key with a message", () => {
    expect(grade(question, { choice: "" })).toEqual({ status: "unanswered" });
    expect(grade(question, { choice: "z" })).toMatchObject({ status: "invalid", message: expect.stringContaining("not one of") });
  });

  it("shows the options in the display order and names the right one", () => {
    expect(learnerView(question, ["c", "a", "b"]).options.map((option) => option.key)).toEqual(["c", "a", "b"]);
    expect(rightAnswer(question)).toBe("Washington");
  });
});
