import { describe, expect, it } from "vitest";
import { samples } from "./sample-questions";
import { grade, matchesAnswer, rightAnswer } from "./short-answer";
import type { ShortAnswerQuestion } from "./types";

const withAnswers = (answers: { text: string; fraction: number; feedback?: string }[], caseSensitive?: boolean): ShortAnswerQuestion => ({
  ...samples.shortAnswer,
  answers: answers.map((answer) => ({ feedback: "", ...answer })),
  caseSensitive,
});
const fractionOf = (question: ShortAnswerQuestion, text: string) => {
  const result = grade(question, { text });
  return result.status === "graded" ? result.fraction : result.status;
};

describe("short answer matching", () => {
  it("ignores case, surrounding and repeated whitespace", () => {
    expect(matchesAnswer("Article 5", "  article   5 ")).toBe(true);
    expect(matchesAnswer("Article 5", "article\t5")).toBe(true);
    expect(matchesAnswer("Article 5", "Article 55")).toBe(false);
    expect(matchesAnswer("Article 5", "The Article 5")).toBe(false);
  });

  it("respects case when the question asks for it", () => {
    expect(matchesAnswer("NATO", "nato", true)).toBe(false);
    expect(matchesAnswer("NATO", " NATO ", true)).toBe(true);
  });

  it("reads * as any run of characters, \\* as an asterisk, and the rest literally", () => {
    expect(matchesAnswer("Art* 5", "Art. 5")).toBe(true);
    expect(matchesAnswer("Art* 5", "Art 5")).toBe(true);
    expect(matchesAnswer("Art* 5", "Article 5")).toBe(true);
    expect(matchesAnswer("Art* 5", "Art 6")).toBe(false);
    expect(matchesAnswer("*", "anything at all")).toBe(true);
    expect(matchesAnswer("5\\* rating", "5* rating")).toBe(true);
    expect(matchesAnswer("5\\* rating", "55 rating")).toBe(false);
    expect(matchesAnswer("Art. 5 (a)", "Art. 5 (a)")).toBe(true);
    expect(matchesAnswer("Art. 5 (a)", "Artx 5 (a)")).toBe(false);
  });
});

describe("short answer grading", () => {
  const question = withAnswers([
    { text: "Frog", fraction: 1, feedback: "Good!" },
    { text: "Cat", fraction: 0.5, feedback: "Half" },
    { text: "*", fraction: 0, feedback: "Completely wrong" },
  ]);

  it("gives the matching answer's fraction and feedback", () => {
    expect(grade(question, { text: "frog" })).toEqual({ status: "graded", fraction: 1, feedback: { correct: true, answerFeedback: "Good!" } });
    expect(grade(question, { text: "CAT" })).toMatchObject({ fraction: 0.5, feedback: { answerFeedback: "Half" } });
    expect(grade(question, { text: "dog" })).toMatchObject({ fraction: 0, feedback: { answerFeedback: "Completely wrong" } });
  });

  it("takes the highest fraction among matching answers, the first on a tie", () => {
    const catchAllFirst = withAnswers([
      { text: "*", fraction: 0, feedback: "wrong" },
      { text: "fr*", fraction: 0.5, feedback: "partly" },
      { text: "frog", fraction: 1, feedback: "right" },
      { text: "f*", fraction: 1, feedback: "also right" },
    ]);
    expect(grade(catchAllFirst, { text: "Frog" })).toMatchObject({ fraction: 1, feedback: { answerFeedback: "right" } });
    expect(grade(catchAllFirst, { text: "free" })).toMatchObject({ fraction: 1, feedback: { answerFeedback: "also right" } });
  });

  it("scores 0 without feedback when nothing matches", () => {
    expect(grade(withAnswers([{ text: "Frog", fraction: 1 }]), { text: "toad" })).toEqual({
      status: "graded",
      fraction: 0,
      feedback: { correct: false },
    });
  });

  it("treats blank text as unanswered", () => {
    expect(fractionOf(question, "")).toBe("unanswered");
    expect(fractionOf(question, "  \n ")).toBe("unanswered");
  });

  it("gives the best answer as the right one, with escapes removed", () => {
    expect(rightAnswer(question)).toBe("Frog");
    expect(rightAnswer(withAnswers([{ text: "5\\* rating", fraction: 1 }]))).toBe("5* rating");
  });
});
