import type { InterchangeQuestion, ParseResult, SkippedQuestion } from "../model";
import { moodleItems, normaliseMoodle, type MoodleExpectedParse } from "./moodle-expected";
import type { ComparedField, DocumentedDifference } from "./types";

export type { MoodleExpectedParse } from "./moodle-expected";

/**
 * Conformance: how our parse of a Moodle fixture differs from what Moodle's own importer made of
 * it (the JSON in expected_parse/), on the fields both models have. Pure, so the runner script and
 * the vitest suite share it, and so does every format's importer (GIFT, Moodle XML, Aiken).
 *
 * Questions are paired in file order by name, so a question one side lacks shows up once (as a
 * `count` difference naming it) instead of shifting every later pair. A question we skipped as an
 * unsupported type pairs with Moodle's question of that type and differs only in `type`.
 */

export interface FieldDifference {
  /** The question's name, or "#n" (1-based, in Moodle's order) when it has none; absent for the whole file. */
  question?: string;
  field: ComparedField;
  moodle: string;
  ours: string;
}

/** Both sides reduced to the compared fields, as plain JSON-able values. */
export interface ComparableQuestion {
  name: string;
  type: string;
  text: string;
  answers: string[];
  fractions: number[];
  feedback: string[];
  tolerance: number[];
}

export function compareWithMoodle(ours: ParseResult, moodle: MoodleExpectedParse): FieldDifference[] {
  return compareQuestions(ourComparables(ours), moodleItems(moodle).map(normaliseMoodle));
}

export function compareQuestions(ours: ComparableQuestion[], theirs: ComparableQuestion[]): FieldDifference[] {
  const differences: FieldDifference[] = [];
  if (ours.length !== theirs.length) {
    differences.push({ field: "count", moodle: String(theirs.length), ours: String(ours.length) });
  }
  // Equal counts pair by position (so a renamed question is one name difference); otherwise by name.
  const aligned = ours.length === theirs.length;
  let next = 0;
  theirs.forEach((expected, index) => {
    const label = expected.name || `#${index + 1}`;
    const at = aligned ? index : ours.findIndex((candidate, i) => i >= next && candidate.name === expected.name);
    if (at === -1) {
      differences.push({ question: label, field: "count", moodle: "imported", ours: "missing" });
      return;
    }
    for (const extra of ours.slice(next, at)) {
      differences.push({ question: extra.name || label, field: "count", moodle: "missing", ours: "imported" });
    }
    differences.push(...compareOne(label, expected, ours[at]!));
    next = at + 1;
  });
  for (const extra of ours.slice(next)) {
    differences.push({ question: extra.name || "(unnamed)", field: "count", moodle: "missing", ours: "imported" });
  }
  return differences;
}

function compareOne(label: string, moodle: ComparableQuestion, ours: ComparableQuestion): FieldDifference[] {
  const differences: FieldDifference[] = [];
  const add = (field: ComparedField, theirs: unknown, mine: unknown) =>
    differences.push({ question: label, field, moodle: JSON.stringify(theirs), ours: JSON.stringify(mine) });
  if (moodle.name !== ours.name) add("name", moodle.name, ours.name);
  if (moodle.type !== ours.type) {
    add("type", moodle.type, ours.type);
    return differences;
  }
  if (moodle.text !== ours.text) add("text", moodle.text, ours.text);
  if (!sameStrings(moodle.answers, ours.answers)) add("answers", moodle.answers, ours.answers);
  if (!sameNumbers(moodle.fractions, ours.fractions)) add("fractions", moodle.fractions, ours.fractions);
  if (!sameStrings(moodle.feedback, ours.feedback)) add("feedback", moodle.feedback, ours.feedback);
  if (!sameNumbers(moodle.tolerance, ours.tolerance)) add("tolerance", moodle.tolerance, ours.tolerance);
  return differences;
}

const sameStrings = (a: string[], b: string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/** Moodle keeps numbers as PHP floats or strings; equal to 1e-9 relative is equal. */
const sameNumbers = (a: number[], b: number[]) =>
  a.length === b.length && a.every((value, i) => closeTo(value, b[i]!));

function closeTo(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Our questions and skipped items, in file order, reduced to the compared fields. */
export function ourComparables(result: ParseResult): ComparableQuestion[] {
  const items: Array<{ line: number; comparable: ComparableQuestion }> = [
    ...result.questions.map((question) => ({ line: question.line, comparable: comparableOf(question) })),
    ...result.skipped.map((skipped) => ({ line: skipped.line, comparable: comparableOfSkipped(skipped) })),
  ];
  return items.sort((a, b) => a.line - b.line).map((item) => item.comparable);
}

const blank = { answers: [], fractions: [], feedback: [], tolerance: [] };

function comparableOfSkipped(skipped: SkippedQuestion): ComparableQuestion {
  return { ...blank, name: skipped.name ?? "", type: `skipped (${skipped.sourceType})`, text: "" };
}

/** General feedback is compared as the first feedback entry, so both sides carry it the same way. */
function comparableOf({ name, question }: InterchangeQuestion): ComparableQuestion {
  const base = { ...blank, name, type: question.type, text: question.stem };
  const general = `general: ${question.explanation}`;
  switch (question.type) {
    case "single_choice":
    case "multiple_response":
      return {
        ...base,
        answers: question.options.map((option) => option.text),
        fractions: question.options.map((option) => option.fraction),
        feedback: [general, ...question.options.map((option) => option.feedback)],
      };
    case "true_false":
      return { ...base, answers: [String(question.answer)], feedback: [general, question.feedbackTrue, question.feedbackFalse] };
    case "short_answer":
      return {
        ...base,
        answers: question.answers.map((answer) => answer.text),
        fractions: question.answers.map((answer) => answer.fraction),
        feedback: [general, ...question.answers.map((answer) => answer.feedback)],
      };
    case "numerical":
      return {
        ...base,
        answers: question.answers.map((answer) => (answer.value === "*" ? "*" : String(answer.value))),
        fractions: question.answers.map((answer) => answer.fraction),
        feedback: [general, ...question.answers.map((answer) => answer.feedback)],
        tolerance: question.answers.map((answer) => answer.tolerance),
      };
    case "matching":
      return {
        ...base,
        answers: [...question.pairs.map((pair) => `${pair.prompt} -> ${pair.answer}`), ...question.distractors.map((d) => ` -> ${d}`)],
        feedback: [general],
      };
    case "ordering":
      return { ...base, answers: question.items.map((item) => item.text), feedback: [general] };
    case "essay":
      return { ...base, feedback: [general] };
  }
}

/** Which documented difference, if any, covers a found one (an entry without a question covers the file). */
export function documentationFor(
  fixture: string,
  difference: FieldDifference,
  documented: readonly DocumentedDifference[],
): DocumentedDifference | undefined {
  return documented.find(
    (entry) =>
      entry.fixture === fixture &&
      entry.field === difference.field &&
      (entry.question === undefined || entry.question === difference.question),
  );
}

export type FixtureStatus = "matched" | "documented" | "undocumented";

export interface FixtureVerdict {
  status: FixtureStatus;
  documented: Array<{ difference: FieldDifference; entry: DocumentedDifference }>;
  undocumented: FieldDifference[];
}

/** The verdict on one fixture: matched, only documented differences, or at least one undocumented. */
export function judgeFixture(
  fixture: string,
  ours: ParseResult,
  moodle: MoodleExpectedParse,
  documented: readonly DocumentedDifference[],
): FixtureVerdict {
  const verdict: FixtureVerdict = { status: "matched", documented: [], undocumented: [] };
  for (const difference of compareWithMoodle(ours, moodle)) {
    const entry = documentationFor(fixture, difference, documented);
    if (entry) verdict.documented.push({ difference, entry });
    else verdict.undocumented.push(difference);
  }
  if (verdict.undocumented.length > 0) verdict.status = "undocumented";
  else if (verdict.documented.length > 0) verdict.status = "documented";
  return verdict;
}
