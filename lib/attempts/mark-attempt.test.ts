import { describe, expect, it } from "vitest";
import type { Question } from "../questions";
import { markAttempt, markItem } from "./mark-attempt";

const choice: Question = {
  type: "single_choice",
  stem: "Which city hosted the 2023 summit?",
  explanation: "",
  options: [
    { key: "o1", text: "Vilnius", fraction: 1, feedback: "" },
    { key: "o2", text: "Madrid", fraction: 0, feedback: "" },
  ],
};
const essay: Question = { type: "essay", stem: "Discuss.", explanation: "" };

describe("markItem", () => {
  it("marks an auto-gradable answer by its fraction of the slot's marks", () => {
    expect(markItem({ question: choice, maxMark: 2.5, answer: { choice: "o1" } })).toEqual({ state: "auto_graded", fraction: 1, mark: 2.5 });
    expect(markItem({ question: choice, maxMark: 2.5, answer: { choice: "o2" } })).toEqual({ state: "auto_graded", fraction: 0, mark: 0 });
  });

  it("gives a blank answer nothing, essays included", () => {
    expect(markItem({ question: choice, maxMark: 1, answer: null })).toEqual({ state: "unanswered", fraction: 0, mark: 0 });
    expect(markItem({ question: essay, maxMark: 5, answer: null })).toEqual({ state: "unanswered", fraction: 0, mark: 0 });
  });

  it("leaves a written essay for a human", () => {
    expect(markItem({ question: essay, maxMark: 5, answer: { text: "Deterrence rests on credibility." } })).toEqual({ state: "needs_grading", fraction: null, mark: null });
  });

  it("gives an unreadable stored answer no credit instead of failing the submission", () => {
    expect(markItem({ question: choice, maxMark: 1, answer: { choice: 42 } })).toEqual({ state: "auto_graded", fraction: 0, mark: 0 });
  });
});

describe("markAttempt", () => {
  it("totals the marks when everything is graded", () => {
    const { score } = markAttempt([
      { question: choice, maxMark: 1, answer: { choice: "o1" } },
      { question: choice, maxMark: 3, answer: { choice: "o2" } },
    ]);
    expect(score).toEqual({ sumMarks: 1, maxMarks: 4, fraction: 0.25, needsGrading: false });
  });

  it("has no total while an essay awaits grading", () => {
    const { score } = markAttempt([
      { question: choice, maxMark: 1, answer: { choice: "o1" } },
      { question: essay, maxMark: 3, answer: { text: "An answer" } },
    ]);
    expect(score).toMatchObject({ sumMarks: null, fraction: null, needsGrading: true, maxMarks: 4 });
  });
});
