import { describe, expect, it } from "vitest";
import { answerPool, grade, learnerView, rightAnswer } from "./matching";
import { samples } from "./sample-questions";
import type { MatchingQuestion } from "./types";

const question = samples.matching;
const idOf = (q: MatchingQuestion, text: string) => answerPool(q).find((answer) => answer.text === text)!.id;
const answer = (text: string) => idOf(question, text);

describe("matching", () => {
  it("pools the answers and distractors once each under ids that follow the text, not the prompts", () => {
    const withRepeats = { ...question, distractors: ["Withdrawal", "Consultation", "Withdrawal"] };
    expect(answerPool(withRepeats)).toEqual([
      { id: "a1", text: "Collective defence" },
      { id: "a2", text: "Consultation" },
      { id: "a3", text: "Enlargement" },
      { id: "a4", text: "Withdrawal" },
    ]);
    const view = learnerView(question, ["a4", "a2", "a1", "a3"]);
    expect(view.answers.map((item) => item.text)).toEqual(["Withdrawal", "Consultation", "Collective defence", "Enlargement"]);
    expect(view.prompts).toEqual([
      { id: "p1", text: "Article 4" },
      { id: "p2", text: "Article 5" },
      { id: "p3", text: "Article 10" },
    ]);
  });

  it("gives right pairs over all pairs", () => {
    const allRight = { p1: answer("Consultation"), p2: answer("Collective defence"), p3: answer("Enlargement") };
    expect(grade(question, { pairs: allRight })).toMatchObject({ fraction: 1, feedback: { correct: true, perPair: { p1: true, p2: true, p3: true } } });
    const oneWrong = { ...allRight, p3: answer("Withdrawal") };
    expect(grade(question, { pairs: oneWrong })).toMatchObject({ fraction: 0.6666667, feedback: { correct: false, perPair: { p3: false } } });
  });

  it("counts prompts left empty as wrong, and allows one answer for several prompts", () => {
    expect(grade(question, { pairs: { p2: answer("Collective defence"), p1: "" } })).toMatchObject({
      fraction: 0.3333333,
      feedback: { perPair: { p1: false, p2: true, p3: false } },
    });
    const same = answer("Consultation");
    expect(grade(question, { pairs: { p1: same, p2: same, p3: same } })).toMatchObject({ fraction: 0.3333333 });
  });

  it("accepts a shared answer text for every prompt it belongs to", () => {
    const shared: MatchingQuestion = {
      ...question,
      pairs: [
        { id: "p1", prompt: "Article 5", answer: "Collective defence" },
        { id: "p2", prompt: "Article 6", answer: "Collective defence" },
        { id: "p3", prompt: "Article 4", answer: "Consultation" },
      ],
    };
    expect(answerPool(shared).filter((item) => item.text === "Collective defence")).toHaveLength(1);
    const defence = idOf(shared, "Collective defence");
    expect(grade(shared, { pairs: { p1: defence, p2: defence, p3: idOf(shared, "Consultation") } })).toMatchObject({ fraction: 1 });
  });

  it("treats an empty response as unanswered and rejects unknown prompts and answers", () => {
    expect(grade(question, { pairs: {} })).toEqual({ status: "unanswered" });
    expect(grade(question, { pairs: { p1: "", p2: "" } })).toEqual({ status: "unanswered" });
    expect(grade(question, { pairs: { p9: answer("Consultation") } })).toMatchObject({ status: "invalid", message: expect.stringContaining("prompt") });
    expect(grade(question, { pairs: { p1: "a99" } })).toMatchObject({ status: "invalid", message: expect.stringContaining("answers") });
  });

  it("lists every prompt with its answer", () => {
    expect(rightAnswer(question)).toBe("Article 4 → Consultation\nArticle 5 → Collective defence\nArticle 10 → Enlargement");
  });
});
