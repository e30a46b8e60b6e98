import { describe, expect, it } from "vitest";
import { samples } from "../questions/sample-questions";
import type { Question } from "../questions/types";
import { sameContent, versionContentOf } from "./changes";
import { blankFormValues, formValuesOf } from "./form-values";
import { parseQuestionForm, type QuestionMeta } from "./parse-form";

const meta: QuestionMeta = { lessonId: null, tags: ["article 5", "treaty"], difficulty: 2, level: "understand" };

function parsed(values: Record<string, string>) {
  const result = parseQuestionForm(values);
  if (!result.ok) throw new Error(`expected a question, got ${JSON.stringify(result.fieldErrors)}`);
  return result;
}

function errorsOf(values: Record<string, string>) {
  const result = parseQuestionForm(values);
  if (result.ok) throw new Error("expected field errors");
  return result.fieldErrors;
}

describe("the question editor's form", () => {
  it.each(Object.entries(samples))("reads back the %s question it was filled from", (_, question: Question) => {
    const result = parsed(formValuesOf(question, meta));
    expect(result.question.type).toBe(question.type);
    expect(result.meta).toEqual(meta);
    expect(sameContent(versionContentOf(result.question, result.meta), versionContentOf(question, meta))).toBe(true);
  });

  it("sees a changed word or credit as a change", () => {
    const values = formValuesOf(samples.singleChoice, meta);
    expect(sameContent(versionContentOf(parsed({ ...values, stem: "Where is NATO's headquarters?" }).question, meta), versionContentOf(samples.singleChoice, meta))).toBe(false);
    const credits = { ...values, "option.0.credit": "100", "option.1.credit": "0" };
    expect(sameContent(versionContentOf(parsed(credits).question, meta), versionContentOf(samples.singleChoice, meta))).toBe(false);
  });

  it("reads the common fields: trimmed stem, lesson, de-duplicated tags, difficulty and level", () => {
    const values = { ...formValuesOf(samples.trueFalse, meta), stem: "  Finland joined in 2023.  ", lesson: "7c9e6679-7425-40de-944b-e07fc1f90ae7", tags: " enlargement, nordic ,enlargement,, ", difficulty: "3", level: "apply" };
    const result = parsed(values);
    expect(result.question.stem).toBe("Finland joined in 2023.");
    expect(result.meta).toEqual({ lessonId: "7c9e6679-7425-40de-944b-e07fc1f90ae7", tags: ["enlargement", "nordic"], difficulty: 3, level: "apply" });
  });

  it("puts each common field's message beside it", () => {
    const errors = errorsOf({ ...blankFormValues("true_false"), answer: "true", stem: " ", lesson: "not-a-lesson", difficulty: "4", level: "memorise", tags: "x".repeat(41) });
    expect(errors).toEqual({
      stem: ["Write the question (its stem)."],
      lesson: ["Choose a lesson from the list."],
      difficulty: ["Choose a difficulty from 1 to 3."],
      level: ["Choose a cognitive level."],
      tags: ["A tag can be at most 40 characters long."],
    });
    expect(errorsOf({ ...blankFormValues(), stem: "S", type: "cloze" })).toEqual({ type: ["Choose a question type."] });
  });

  it("a blank new question asks for its stem and for its options, and spare rows are no mistake", () => {
    expect(errorsOf(blankFormValues("single_choice"))).toEqual({ stem: ["Write the question (its stem)."], option: ["Give at least two options."] });
    const two = { ...blankFormValues("single_choice"), stem: "Where does the Council meet?", "option.0.text": "Brussels", "option.1.text": "Mons" };
    const result = parsed(two);
    expect(result.question).toMatchObject({ type: "single_choice", options: [{ text: "Brussels", fraction: 1 }, { text: "Mons", fraction: 0 }] });
  });

  it("single choice: credits in per cent, one option right, an option needs its text", () => {
    const base = { ...blankFormValues("single_choice"), stem: "Q?", "option.0.text": "A", "option.1.text": "B" };
    expect(errorsOf({ ...base, "option.0.credit": "50" })).toEqual({ option: ["Give one option 100 % credit: a single-choice question needs a right answer."] });
    expect(errorsOf({ ...base, "option.1.credit": "-10" })).toEqual({ "option.1.credit": ["Enter a credit from 0 to 100 (per cent)."] });
    expect(errorsOf({ ...base, "option.2.feedback": "Nice try" })).toEqual({ "option.2.text": ["Write the option's text, or clear the whole row."] });
    expect(parsed({ ...base, "option.order": "1,0" }).question).toMatchObject({ options: [{ text: "B" }, { text: "A" }] });
    expect(parsed({ ...base, shuffle: "" }).question).toMatchObject({ shuffle: false });
    expect(parsed({ ...base, "option.1.credit": "", "option.2.text": "C", "option.2.credit": " " }).question).toMatchObject({ options: [{ fraction: 1 }, { fraction: 0 }, { fraction: 0 }] });
  });

  it("multiple response: right credits add up to 100 %, wrong ones may be negative", () => {
    const base = { ...blankFormValues("multiple_response"), type: "multiple_response", stem: "Which?", "option.0.text": "A", "option.0.credit": "50", "option.1.text": "B", "option.1.credit": "50", "option.2.text": "C", "option.2.credit": "-100" };
    expect(parsed({ ...base, allOrNothing: "on" }).question).toMatchObject({ allOrNothing: true, options: [{ fraction: 0.5 }, { fraction: 0.5 }, { fraction: -1 }] });
    expect(errorsOf({ ...base, "option.1.credit": "40" })).toEqual({ option: ["The credits of the right options must add up to 100 %."] });
    expect(errorsOf({ ...base, "option.2.credit": "-101" })).toEqual({ "option.2.credit": ["Enter a credit from -100 to 100 (per cent)."] });
  });

  it("true or false needs an answer", () => {
    expect(errorsOf({ ...blankFormValues("true_false"), stem: "S" })).toEqual({ answer: ["Choose whether the statement is true or false."] });
    expect(parsed({ ...blankFormValues("true_false"), stem: "S", answer: "false", feedbackFalse: "Right." }).question).toMatchObject({ answer: false, feedbackFalse: "Right." });
  });

  it("short answer: accepted answers with credits, one of them full, case sensitivity", () => {
    const base = { ...blankFormValues("short_answer"), stem: "Which article?" };
    expect(errorsOf(base)).toEqual({ accepted: ["List at least one accepted answer."] });
    expect(errorsOf({ ...base, "accepted.0.text": "Article 5", "accepted.0.credit": "50" })).toEqual({ accepted: ["Give one accepted answer 100 % credit."] });
    const result = parsed({ ...base, "accepted.0.text": "Article 5", "accepted.1.text": "Art* 5", "accepted.1.credit": "50", caseSensitive: "on" });
    expect(result.question).toMatchObject({ caseSensitive: true, answers: [{ text: "Article 5", fraction: 1 }, { text: "Art* 5", fraction: 0.5 }] });
  });

  it("numerical: values (or * for any), tolerance and unit", () => {
    const base = { ...blankFormValues("numerical"), stem: "How many members?" };
    expect(errorsOf(base)).toEqual({ number: ["List at least one accepted value."] });
    expect(errorsOf({ ...base, "number.0.value": "thirty-two", "number.0.tolerance": "-1" })).toEqual({
      "number.0.value": ["Enter a number, or * for any number."],
      "number.0.tolerance": ["Enter a tolerance of 0 or more."],
    });
    const result = parsed({ ...base, "number.0.value": "32", "number.1.value": "*", "number.1.credit": "0", "number.1.feedback": "Count again.", unit: "members" });
    expect(result.question).toMatchObject({ unit: "members", answers: [{ value: 32, tolerance: 0, fraction: 1 }, { value: "*", fraction: 0, feedback: "Count again." }] });
  });

  it("matching: pairs complete, answers distinct, distractors one per line", () => {
    const base = { ...blankFormValues("matching"), stem: "Match", "pair.0.prompt": "Art. 4", "pair.0.answer": "Consultation", "pair.1.prompt": "Art. 5" };
    expect(errorsOf(base)).toEqual({ "pair.1.answer": ["Write the answer that matches this prompt."] });
    expect(errorsOf({ ...base, "pair.1.answer": "Defence", distractors: "Consultation" })).toEqual({ pair: ["Each answer and distractor must be different: learners could not tell two identical answers apart."] });
    expect(parsed({ ...base, "pair.1.answer": "Defence", distractors: "Withdrawal\n\n Enlargement " }).question).toMatchObject({ distractors: ["Withdrawal", "Enlargement"], pairs: [{ prompt: "Art. 4" }, { prompt: "Art. 5" }] });
  });

  it("ordering: at least two distinct items, in the order given", () => {
    const base = { ...blankFormValues("ordering"), stem: "Order", "item.0.text": "First" };
    expect(errorsOf(base)).toEqual({ item: ["Give at least two items, in the right order."] });
    expect(errorsOf({ ...base, "item.1.text": "First" })).toEqual({ item: ["Each item must be different."] });
    expect(parsed({ ...base, "item.1.text": "Second", "item.order": "1,0,2" }).question).toMatchObject({ items: [{ text: "Second" }, { text: "First" }] });
  });

  it("essay: model answer and an optional rubric whose criteria have named, scored levels", () => {
    const base = { ...blankFormValues("essay"), stem: "Discuss.", modelAnswer: "A model." };
    expect(parsed(base).question).toEqual({ type: "essay", stem: "Discuss.", explanation: "", modelAnswer: "A model.", rubric: undefined });
    expect(errorsOf({ ...base, "criterion.0.title": "Argument" })).toEqual({ "criterion.0.level": ["Give the criterion at least one level."] });
    expect(errorsOf({ ...base, "criterion.0.level.0.label": "Weak", "criterion.0.level.0.points": "lots" })).toEqual({
      "criterion.0.title": ["Name the criterion, or clear it and its levels."],
      "criterion.0.level.0.points": ["Enter points from 0 to 1000."],
    });
    const rubric = { ...base, "criterion.0.title": "Argument", "criterion.0.level.0.label": "Weak", "criterion.0.level.0.points": "0", "criterion.0.level.1.label": "Strong", "criterion.0.level.1.points": "4", "criterion.0.level.1.description": "A clear claim." };
    expect(parsed(rubric).question).toMatchObject({ rubric: { criteria: [{ key: "c1", title: "Argument", levels: [{ label: "Weak", points: 0, description: "" }, { label: "Strong", points: 4, description: "A clear claim." }] }] } });
  });
});
