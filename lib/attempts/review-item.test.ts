import { describe, expect, it } from "vitest";
import type { Question } from "../questions";
import { reviewItem, type ReviewSource } from "./review-item";

const question: Question = {
  type: "multiple_response",
  stem: "Which states joined NATO after 2022?",
  explanation: "EXPLANATION-MARKER",
  options: [
    { key: "o1", text: "Finland", fraction: 0.5, feedback: "FINLAND-FEEDBACK" },
    { key: "o2", text: "Sweden", fraction: 0.5, feedback: "SWEDEN-FEEDBACK" },
    { key: "o3", text: "Austria", fraction: -1, feedback: "AUSTRIA-FEEDBACK" },
  ],
};
const source: ReviewSource = { number: 1, question, displayOrder: ["o3", "o1", "o2"], answer: { choices: ["o1", "o3"] }, maxMark: 2, fraction: 0, mark: 0, state: "auto_graded", comment: null };
const none = { marks: false, correctness: false, feedback: false, rightAnswer: false };

describe("reviewItem", () => {
  it("shows the learner's own answer and nothing else when the settings allow nothing", () => {
    const item = reviewItem(source, none);
    expect(item.answer).toEqual([{ text: "Austria" }, { text: "Finland" }]);
    const json = JSON.stringify(item);
    for (const secret of ["EXPLANATION-MARKER", "FEEDBACK", "Sweden", "right", "marks", "outcome"]) expect(json).not.toContain(secret);
  });

  it("adds each part only when its setting allows it", () => {
    expect(reviewItem(source, { ...none, marks: true })).toMatchObject({ marks: { mark: 0, maxMark: 2 } });
    const withCorrectness = reviewItem(source, { ...none, correctness: true });
    expect(withCorrectness.outcome).toBe("incorrect");
    expect(withCorrectness.answer).toEqual([{ text: "Austria", right: false }, { text: "Finland", right: true }]);
    expect(JSON.stringify(withCorrectness)).not.toContain("FEEDBACK");
    const withFeedback = reviewItem(source, { ...none, feedback: true });
    expect(withFeedback.feedback).toEqual({ forAnswer: ["FINLAND-FEEDBACK", "AUSTRIA-FEEDBACK"], general: "EXPLANATION-MARKER", comment: null });
    expect(reviewItem(source, { ...none, rightAnswer: true }).rightAnswer).toContain("Sweden");
  });

  it("reports blanks and answers awaiting a human", () => {
    expect(reviewItem({ ...source, answer: null, state: "unanswered" }, { ...none, correctness: true })).toMatchObject({ answer: [], outcome: "not_answered" });
    const essay: ReviewSource = { ...source, question: { type: "essay", stem: "Discuss.", explanation: "" }, answer: { text: "My essay" }, fraction: null, mark: null, state: "needs_grading" };
    expect(reviewItem(essay, { ...none, correctness: true, marks: true })).toMatchObject({ answer: [{ text: "My essay" }], outcome: "awaiting_grading", marks: { mark: null } });
  });
});
