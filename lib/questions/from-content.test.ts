import path from "node:path";
import { describe, expect, it } from "vitest";
import { optionFractions } from "../content/fractions";
import { loadContent } from "../content/load";
import type { ContentQuestion } from "../content/schema";
import { fromStoredVersion, type StoredVersion } from "./from-content";
import { displayOrder, gradeResponse, learnerViewOf, rightAnswerOf, type Question } from "./index";
import { answerPool } from "./matching";

/** What db/sync-content.ts writes for a content question; fractions rounded as numeric(8,7) keeps them. */
function storedShapeOf(question: ContentQuestion): StoredVersion {
  const base = { type: question.type, stem: question.stem, explanation: question.explanation };
  switch (question.type) {
    case "single_choice":
    case "multiple_response": {
      const fractions = optionFractions(question);
      const options = question.options.map((option, index) => ({
        key: option.id,
        position: index + 1,
        text: option.text,
        fraction: Number((fractions[index] ?? 0).toFixed(7)),
        feedback: option.feedback,
      }));
      return { ...base, data: {}, options: options.toReversed() };
    }
    case "true_false":
      return { ...base, data: { answer: question.answer, feedbackTrue: question.feedbackTrue, feedbackFalse: question.feedbackFalse } };
    case "short_answer":
      return { ...base, data: { accepted: question.accepted } };
    case "numerical":
      return { ...base, data: { answer: question.answer, tolerance: question.tolerance, unit: question.unit ?? null } };
    case "matching":
      return { ...base, data: { pairs: question.pairs, distractors: question.distractors } };
    case "ordering":
      return { ...base, data: { items: question.items } };
    case "essay": {
      const criteria = question.rubric.criteria.map((criterion, index) => ({
        key: criterion.id,
        title: criterion.title,
        position: index + 1,
        levels: criterion.levels.map((level, levelIndex) => ({ ...level, position: levelIndex + 1 })),
      }));
      return { ...base, data: { modelAnswer: question.modelAnswer }, rubric: { criteria } };
    }
  }
}

/** The key the engine gives the option with this text (stored keys never reach the learner). */
function engineKey(question: Question, text: string): string {
  if (question.type !== "single_choice" && question.type !== "multiple_response") throw new Error("not a choice question");
  return question.options.find((option) => option.text === text)!.key;
}

/** The responses that should earn full marks (several, where content accepts several). */
function rightResponses(content: ContentQuestion, question: Question): unknown[] {
  switch (content.type) {
    case "single_choice":
      return [{ choice: engineKey(question, content.options.find((option) => option.correct)!.text) }];
    case "multiple_response":
      return [{ choices: content.options.filter((option) => option.correct).map((option) => engineKey(question, option.text)) }];
    case "true_false":
      return [{ value: content.answer }];
    case "short_answer":
      return content.accepted.flatMap((text) => [{ text }, { text: `  ${text.toUpperCase()} ` }]);
    case "numerical":
      return [{ text: String(content.answer) }, ...(content.unit ? [{ text: `${content.answer} ${content.unit}` }] : [])];
    case "matching": {
      const pool = answerPool(question as Extract<Question, { type: "matching" }>);
      const idOf = (text: string) => pool.find((answer) => answer.text === text)!.id;
      return [{ pairs: Object.fromEntries(content.pairs.map((pair, index) => [`p${index + 1}`, idOf(pair.answer)])) }];
    }
    case "ordering":
      return [{ order: (question as Extract<Question, { type: "ordering" }>).items.map((item) => item.id) }];
    case "essay":
      return [{ text: content.modelAnswer }];
  }
}

describe("fromStoredVersion", () => {
  it("maps the stored content shapes to engine questions", () => {
    expect(fromStoredVersion({ type: "ordering", stem: "Order?", explanation: "", data: { items: ["c first", "a second", "b third"] } })).toEqual({
      type: "ordering",
      stem: "Order?",
      explanation: "",
      items: [
        { id: "i3", text: "c first" },
        { id: "i1", text: "a second" },
        { id: "i2", text: "b third" },
      ],
    });
    expect(fromStoredVersion({ type: "short_answer", stem: "S?", explanation: "", data: { accepted: ["5*"] } })).toMatchObject({
      answers: [{ text: "5\\*", fraction: 1, feedback: "" }],
    });
    expect(fromStoredVersion({ type: "numerical", stem: "N?", explanation: "", data: { answer: 3, tolerance: 0, unit: null } })).toEqual({
      type: "numerical",
      stem: "N?",
      explanation: "",
      answers: [{ value: 3, tolerance: 0, fraction: 1, feedback: "" }],
    });
  });

  it("lets an importer store the engine's own fields, with Moodle's fractions and feedback", () => {
    const imported = fromStoredVersion({
      type: "short_answer",
      stem: "Name an amphibian",
      explanation: "",
      data: { answers: [{ text: "frog", fraction: 1, feedback: "Very good" }, { text: "toad", fraction: 0.8 }, { text: "*", fraction: 0 }] },
    });
    expect(gradeResponse(imported, { text: "Toad" })).toMatchObject({ fraction: 0.8 });
    const options = ["a", "b", "c"].map((key, index) => ({ key, position: index + 1, text: key, fraction: index < 2 ? 0.5 : -0.5, feedback: "" }));
    const strict = fromStoredVersion({ type: "multiple_response", stem: "M?", explanation: "", data: { allOrNothing: true }, options });
    expect(strict).toMatchObject({ allOrNothing: true });
    expect(gradeResponse(strict, { choices: ["o1"] })).toMatchObject({ fraction: 0 });
  });

  it("keys choice options by the rank of their text, so the stored keys (often 'a' for the right one) never reach the browser", () => {
    const options = [
      { key: "right-option-key", position: 1, text: "Tallinn", fraction: 1, feedback: "" },
      { key: "wrong-option-key", position: 2, text: "Riga", fraction: 0, feedback: "" },
    ];
    const question = fromStoredVersion({ type: "single_choice", stem: "Capital of Estonia?", explanation: "", data: {}, options });
    const view = JSON.stringify(learnerViewOf(question));
    expect(view).not.toMatch(/right-option-key|wrong-option-key/);
    expect(gradeResponse(question, { choice: "o2" })).toMatchObject({ status: "graded", fraction: 1 });
  });

  it("throws on stored data that describes no question", () => {
    expect(() => fromStoredVersion({ type: "ordering", stem: "O?", explanation: "", data: { items: "abc" } })).toThrow(/ordering/);
    expect(() => fromStoredVersion({ type: "single_choice", stem: "C?", explanation: "", data: {}, options: [] })).toThrow(/single_choice/);
  });
});

describe("the course content", () => {
  const questions = loadContent(path.resolve("content")).flatMap((document) => document.lessons.flatMap((lesson) => lesson.questions));

  it("has questions of every type", () => {
    expect(new Set(questions.map((question) => question.type)).size).toBe(8);
  });

  it.each(questions.map((question) => [question.id, question] as const))("%s converts and grades its own right answer as full marks", (_, content) => {
    const question = fromStoredVersion(storedShapeOf(content));
    for (const response of rightResponses(content, question)) {
      const result = gradeResponse(question, response);
      expect(result, JSON.stringify(response)).toMatchObject(content.type === "essay" ? { status: "needs_grading" } : { status: "graded", fraction: 1 });
    }
    expect(rightAnswerOf(question).length).toBeGreaterThan(0);
    const view = JSON.stringify(learnerViewOf(question, displayOrder(question, content.id)));
    expect(view).not.toContain(content.explanation);
    if (question.type === "ordering") expect(displayOrder(question, content.id)).not.toEqual(question.items.map((item) => item.id));
  });
});
