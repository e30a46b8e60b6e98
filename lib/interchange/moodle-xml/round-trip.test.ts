import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Question } from "../../questions/types";
import type { InterchangeQuestion } from "../model";
import { cleanName } from "./fields";
import { parseMoodleXml } from "./parse";
import { comparable } from "./test-helpers";
import { writeMoodleXml } from "./write";
import { xmlSafe } from "./xml-escape";

/**
 * Property: any questions the engine accepts come back from writeMoodleXml → parseMoodleXml as they
 * went in, in the form Moodle keeps (texts trimmed, grades to seven decimals). Texts may hold
 * markup, `]]>`, carriage returns and any character XML can carry.
 */

const text = fc
  .string({ unit: fc.oneof(fc.constantFrom("<", ">", "&", "]]>", "\r", "\n", "\t", " ", "é", "🛡"), fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })), maxLength: 24 })
  .map((raw) => xmlSafe(raw).trim());
const filled = text.filter((value) => value !== "");
const name = filled.filter((value) => cleanName(value) === value);
const grade = (lowest: number) => fc.integer({ min: lowest * 1e7, max: 1e7 }).map((n) => n / 1e7);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((value) => value + 0);
const base = { stem: filled, explanation: text };

const options = (lowest: number) =>
  fc.array(fc.record({ text: filled, fraction: grade(lowest), feedback: text }), { minLength: 2, maxLength: 5 }).map((list) => list.map((option, index) => ({ key: `k${index}`, ...option })));

const question: fc.Arbitrary<Question> = fc.oneof(
  fc.record({ type: fc.constant("single_choice" as const), ...base, options: options(-1), shuffle: fc.boolean() }),
  fc.record(
    { type: fc.constant("multiple_response" as const), ...base, options: options(-1), shuffle: fc.boolean(), allOrNothing: fc.boolean() },
    { requiredKeys: ["type", "stem", "explanation", "options", "shuffle"] },
  ),
  fc.record({ type: fc.constant("true_false" as const), ...base, answer: fc.boolean(), feedbackTrue: text, feedbackFalse: text }),
  fc.record({
    type: fc.constant("short_answer" as const),
    ...base,
    answers: fc.array(fc.record({ text: filled, fraction: grade(0), feedback: text }), { minLength: 1, maxLength: 4 }),
    caseSensitive: fc.boolean(),
  }),
  fc.record(
    {
      type: fc.constant("numerical" as const),
      ...base,
      answers: fc.array(
        fc.record({ value: fc.oneof(finite, fc.constant("*" as const)), tolerance: finite.map(Math.abs), fraction: grade(0), feedback: text }),
        { minLength: 1, maxLength: 4 },
      ),
      unit: filled,
    },
    { requiredKeys: ["type", "stem", "explanation", "answers"] },
  ),
  fc.record({
    type: fc.constant("matching" as const),
    ...base,
    pairs: fc.array(fc.record({ prompt: filled, answer: filled }), { minLength: 1, maxLength: 4 }).map((pairs) => pairs.map((pair, index) => ({ id: `p${index + 1}`, ...pair }))),
    distractors: fc.array(filled, { maxLength: 3 }),
    shuffle: fc.boolean(),
  }),
  fc.record({
    type: fc.constant("ordering" as const),
    ...base,
    items: fc.array(filled, { minLength: 2, maxLength: 5 }).map((items) => items.map((itemText, index) => ({ id: `x${index}`, text: itemText }))),
  }),
  fc.record({ type: fc.constant("essay" as const), ...base, modelAnswer: filled }, { requiredKeys: ["type", "stem", "explanation"] }),
);

const interchange: fc.Arbitrary<Omit<InterchangeQuestion, "category"> & { category?: string }> = fc.record(
  {
    name,
    idNumber: fc.string({ maxLength: 12 }).map(xmlSafe).filter((value) => value.trim() !== ""),
    category: filled,
    tags: fc.array(filled, { maxLength: 3 }),
    textFormat: fc.constantFrom("moodle" as const, "html" as const, "plain" as const, "markdown" as const),
    defaultMark: fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10),
    line: fc.constant(1),
    question,
  },
  { requiredKeys: ["name", "tags", "textFormat", "line", "question"] },
);

/** Moodle XML cannot return to "no category" once one is set, so later questions keep the last one. */
function carryCategories(questions: InterchangeQuestion[]): InterchangeQuestion[] {
  let category: string | undefined;
  return questions.map((item) => {
    category = item.category ?? category;
    return category === undefined ? item : { ...item, category };
  });
}

describe("writeMoodleXml then parseMoodleXml", () => {
  it("gives back the questions that went in", () => {
    fc.assert(
      fc.property(fc.array(interchange, { minLength: 1, maxLength: 5 }), (generated) => {
        const questions = carryCategories(generated);
        const result = parseMoodleXml(writeMoodleXml(questions));
        expect(comparable(result.questions)).toEqual(comparable(questions));
        expect(result.categories).toEqual(questions.flatMap((item, index) => (item.category !== undefined && item.category !== questions[index - 1]?.category ? [item.category] : [])));
      }),
      { numRuns: 400 },
    );
  });
});
