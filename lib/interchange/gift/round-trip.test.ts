import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InterchangeQuestion, TextFormat } from "../model";
import type { Question } from "../../questions/types";
import { parseGift } from "./parse";
import { exportGift } from "./write";

/**
 * Property: for any questions, `writeGift` either writes a question so that `parseGift` reads back
 * the same one, or leaves it out and says why, exactly in the cases GIFT cannot say it. Texts are
 * drawn from an alphabet heavy in GIFT's special characters. They are trimmed, as every text that
 * comes out of an importer is, and names hold no `<` (Moodle strips tags from names).
 */

const special = [":", "#", "=", "~", "{", "}", "\\", "[", "]", "%", "-", ">", "/", "*", ".", "_", " ", "\n"];
const plain = ["a", "N", "A", "T", "O", "0", "5", "é", "x"];
const text = (extra: string[] = ["<"]) =>
  fc.string({ unit: fc.constantFrom(...plain, ...special, ...extra), minLength: 1, maxLength: 14 }).filter((value) => value.trim() === value && value !== "");
const maybeText = fc.oneof(fc.constant(""), text());
const unsigned = (value: number) => (value === 0 ? 0 : value);
const fraction = (min: number) =>
  fc.oneof(fc.constantFrom(0, 1, 0.5, 0.3333333, 0.05), fc.double({ min, max: 1, noNaN: true }).map(unsigned), fc.constant(min));
const format = fc.constantFrom<TextFormat>("moodle", "html", "plain", "markdown");
const common = { stem: text(), explanation: maybeText };

const option = (min: number) => fc.record({ key: fc.constant("k"), text: text(), fraction: fraction(min), feedback: maybeText });
const keyed = <T extends { key: string }>(items: T[]) => items.map((item, index) => ({ ...item, key: `o${index + 1}` }));

const question: fc.Arbitrary<Question> = fc.oneof(
  fc.record({ type: fc.constant("single_choice" as const), ...common, options: fc.array(option(-1), { minLength: 2, maxLength: 4 }).map(keyed) }),
  fc.record({ type: fc.constant("multiple_response" as const), ...common, options: fc.array(option(-1), { minLength: 2, maxLength: 4 }).map(keyed) }),
  fc.record({ type: fc.constant("true_false" as const), ...common, answer: fc.boolean(), feedbackTrue: maybeText, feedbackFalse: maybeText }),
  fc.record({
    type: fc.constant("short_answer" as const),
    ...common,
    answers: fc.array(fc.record({ text: text(), fraction: fraction(0), feedback: maybeText }), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant("numerical" as const),
    ...common,
    answers: fc.array(
      fc.record({
        value: fc.oneof(fc.constant("*" as const), fc.double({ noNaN: true, noDefaultInfinity: true }).map(unsigned)),
        tolerance: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true }).map(unsigned)),
        fraction: fraction(0),
        feedback: maybeText,
      }),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  fc.record({
    type: fc.constant("matching" as const),
    ...common,
    pairs: fc.array(fc.record({ prompt: text(), answer: text() }), { minLength: 1, maxLength: 3 }).map((pairs) => pairs.map((pair, index) => ({ id: `p${index + 1}`, ...pair }))),
    distractors: fc.array(text(), { maxLength: 2 }),
  }),
  fc.record({ type: fc.constant("ordering" as const), ...common, items: fc.array(text(), { minLength: 2, maxLength: 3 }).map((items) => items.map((item, index) => ({ id: `i${index + 1}`, text: item }))) }),
  fc.record({ type: fc.constant("essay" as const), ...common }),
);

const tag = text([]).filter((value) => !/[<>`\n]/.test(value));
const interchange: fc.Arbitrary<InterchangeQuestion> = fc.record({
  name: fc.oneof(fc.constant(""), text([])),
  idNumber: fc.oneof(fc.constant(undefined), tag),
  category: text([]).filter((value) => !value.includes("\n")).map((value) => `$course$/top/${value}`),
  tags: fc.array(tag, { maxLength: 3 }),
  textFormat: format,
  defaultMark: fc.constant(undefined),
  line: fc.constant(1),
  question,
});

/** The cases `exportGift` must leave out, stated independently of how it writes. */
function cannotSay(question: Question): boolean {
  switch (question.type) {
    case "ordering":
      return question.items.some((item) => item.text.includes("\n") || item.text.trim() === "0") || new Set(question.items.map((item) => item.text.trim())).size !== question.items.length;
    case "single_choice":
      return !question.options.some((option) => option.fraction === 1);
    case "short_answer":
      return question.answers.some((answer) => answer.text.includes("->") || answer.feedback.includes("->"));
    case "matching":
      return question.pairs.length + question.distractors.length < 2 || question.pairs.some((pair) => pair.prompt.includes("->"));
    default:
      return false;
  }
}

const comparable = (questions: InterchangeQuestion[]) =>
  questions.map(({ idNumber, ...rest }) => ({ ...rest, line: 0, ...(idNumber ? { idNumber } : {}), question: withoutKeys(rest.question) }));
const withoutKeys = (question: Question) => JSON.parse(JSON.stringify(question, (key, value) => (key === "key" || key === "id" ? undefined : value)));

describe("GIFT round trip (property)", () => {
  it("reads back every question it writes, and leaves out exactly those GIFT cannot say", () => {
    fc.assert(
      fc.property(fc.array(interchange, { minLength: 1, maxLength: 4 }), (questions) => {
        const exported = exportGift(questions);
        const parsed = parseGift(exported.text);
        const writable = questions.filter((item) => !cannotSay(item.question));
        expect(exported.skipped.length).toBe(questions.length - writable.length);
        expect(parsed.problems).toEqual([]);
        expect(comparable(parsed.questions)).toEqual(comparable(writable));
      }),
      { numRuns: 600 },
    );
  });
});
