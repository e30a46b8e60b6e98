import { isDeepStrictEqual } from "node:util";
import { fromStoredVersion, type StoredVersion } from "../questions/from-content";
import { keyFormOf, matchingPool, type KeyForm } from "./key-form";

/**
 * Reads a corrected key from the correction form's fields and turns it into the next version of
 * the question: the same wording and options with new credits, accepted answers, pairs or order.
 * Field names: `credit-<i>` per option; `answer` (true/false); `text-<i>`, `credit-<i>`,
 * `caseSensitive` (short answer); `value-<i>`, `tolerance-<i>`, `credit-<i>` (numerical);
 * `match-<i>` = index into the answer pool (matching); `position-<i>` from 1 (ordering).
 */

export interface KeyChange {
  /** New fractions of the options, by stored key (choice questions). */
  fractions?: Record<string, number>;
  data: Record<string, unknown>;
}

export type KeyCorrection = { status: "ok"; change: KeyChange } | { status: "invalid"; message: string; fieldErrors: Record<string, string[]> };

type Fields = Record<string, string | undefined>;
type Errors = Record<string, string[]>;

export function readKeyCorrection(stored: StoredVersion, fields: Fields): KeyCorrection {
  const form = keyFormOf(stored);
  const errors: Errors = {};
  const change = readChange(stored, form, fields, errors);
  if (Object.keys(errors).length > 0 || !change) return { status: "invalid", message: "Please correct the highlighted fields.", fieldErrors: errors };
  const next = applyKeyChange(stored, change);
  try {
    fromStoredVersion(next);
  } catch {
    return { status: "invalid", message: "That key does not make a question that can be marked. Check every field.", fieldErrors: {} };
  }
  if (isDeepStrictEqual(keyFormOf(next), form)) {
    return { status: "invalid", message: "That is the key the question already has: change what was wrong, then save.", fieldErrors: {} };
  }
  return { status: "ok", change };
}

/** The stored form of the corrected question: what the new version row and its options hold. */
export function applyKeyChange(stored: StoredVersion, change: KeyChange): StoredVersion {
  const options = stored.options?.map((option) => ({ ...option, fraction: change.fractions?.[option.key] ?? option.fraction }));
  return { ...stored, data: change.data, options };
}

function readChange(stored: StoredVersion, form: KeyForm, fields: Fields, errors: Errors): KeyChange | null {
  const data = stored.data && typeof stored.data === "object" ? (stored.data as Record<string, unknown>) : {};
  switch (form.type) {
    case "single_choice":
    case "multiple_response": {
      const multiple = form.type === "multiple_response";
      const fractions: Record<string, number> = {};
      form.options.forEach((option, index) => {
        const credit = readCredit(fields, `credit-${index}`, errors, multiple ? -100 : 0);
        if (credit !== null) fractions[option.key] = credit / 100;
      });
      if (Object.keys(errors).length > 0) return null;
      const credits = Object.values(fractions).map((fraction) => fraction * 100);
      if (!multiple && !credits.some((credit) => near(credit, 100))) fail(errors, "credit-0", "Give one option 100 % credit: a single-choice question needs a right answer.");
      if (multiple && !near(credits.filter((credit) => credit > 0).reduce((sum, credit) => sum + credit, 0), 100)) {
        fail(errors, "credit-0", "The credits of the right options must add up to 100 %.");
      }
      return { fractions, data };
    }
    case "true_false": {
      if (fields.answer !== "true" && fields.answer !== "false") return fail(errors, "answer", "Choose whether the statement is true or false.");
      return { data: { ...data, answer: fields.answer === "true" } };
    }
    case "short_answer": {
      const answers: { text: string; fraction: number; feedback: string }[] = [];
      const feedbackOf = new Map(shortAnswerFeedback(stored).map((entry) => [entry.text, entry.feedback]));
      for (const index of rowIndexes(fields, "text-")) {
        const text = (fields[`text-${index}`] ?? "").trim();
        if (text === "") continue;
        const credit = readCredit(fields, `credit-${index}`, errors, 0);
        if (answers.some((answer) => answer.text === text)) fail(errors, `text-${index}`, "This answer is listed twice.");
        if (credit !== null) answers.push({ text, fraction: credit / 100, feedback: feedbackOf.get(text) ?? "" });
      }
      if (answers.length === 0 && Object.keys(errors).length === 0) return fail(errors, "text-0", "List at least one accepted answer.");
      if (!answers.some((answer) => near(answer.fraction * 100, 100))) fail(errors, "credit-0", "Give one accepted answer 100 % credit.");
      return { data: { answers, caseSensitive: fields.caseSensitive === "on" } };
    }
    case "numerical": {
      const answers: { value: number | "*"; tolerance: number; fraction: number; feedback: string }[] = [];
      for (const index of rowIndexes(fields, "value-")) {
        const raw = (fields[`value-${index}`] ?? "").trim();
        if (raw === "") continue;
        const value = raw === "*" ? "*" : Number(raw);
        if (value !== "*" && !Number.isFinite(value)) fail(errors, `value-${index}`, "Enter a number, or * for any number.");
        const toleranceText = (fields[`tolerance-${index}`] ?? "").trim() || "0";
        const tolerance = Number(toleranceText);
        if (!Number.isFinite(tolerance) || tolerance < 0) fail(errors, `tolerance-${index}`, "Enter a tolerance of 0 or more.");
        const credit = readCredit(fields, `credit-${index}`, errors, 0);
        if (credit !== null && Number.isFinite(value) && Number.isFinite(tolerance)) answers.push({ value: value as number | "*", tolerance: Math.max(0, tolerance), fraction: credit / 100, feedback: "" });
      }
      if (answers.length === 0 && Object.keys(errors).length === 0) return fail(errors, "value-0", "List at least one accepted value.");
      if (!answers.some((answer) => near(answer.fraction * 100, 100))) fail(errors, "credit-0", "Give one value 100 % credit.");
      return { data: { answers, unit: form.unit ?? undefined } };
    }
    case "matching": {
      const pairs = form.pairs.map((pair, index) => {
        const chosen = form.pool[Number(fields[`match-${index}`] ?? "-1")];
        if (chosen === undefined || !/^\d+$/.test(fields[`match-${index}`] ?? "")) fail(errors, `match-${index}`, "Choose the answer that matches this prompt.");
        return { prompt: pair.prompt, answer: chosen ?? pair.answer };
      });
      // The pool learners chose from stays the same: an answer no prompt uses any more becomes a distractor.
      const used = new Set(pairs.map((pair) => pair.answer));
      return { data: { ...data, pairs, distractors: matchingPool([], form.pool).filter((text) => !used.has(text)) } };
    }
    case "ordering": {
      const positions = form.items.map((_, index) => Number(fields[`position-${index}`]));
      const expected = form.items.map((_, index) => index + 1);
      if (!isDeepStrictEqual(positions.toSorted((a, b) => a - b), expected)) {
        return fail(errors, "position-0", `Number the items 1 to ${form.items.length}, each number once.`);
      }
      const items = form.items.map((text, index) => ({ text, at: positions[index]! })).sort((a, b) => a.at - b.at).map((item) => item.text);
      return { data: { ...data, items } };
    }
    case "essay":
      return fail(errors, "form", "Essays are graded by hand: there is no key to correct. Change a mark from the grading queue instead.");
  }
}

function readCredit(fields: Fields, name: string, errors: Errors, lowest: number): number | null {
  const raw = (fields[name] ?? "").trim();
  const credit = Number(raw);
  if (raw === "" || !/^-?\d+(\.\d{1,5})?$/.test(raw) || credit < lowest || credit > 100) {
    fail(errors, name, lowest < 0 ? "Enter a credit from -100 to 100 (per cent)." : "Enter a credit from 0 to 100 (per cent).");
    return null;
  }
  return Math.round(credit * 1e5) / 1e5;
}

function shortAnswerFeedback(stored: StoredVersion): { text: string; feedback: string }[] {
  const question = fromStoredVersion(stored);
  return question.type === "short_answer" ? question.answers.map(({ text, feedback }) => ({ text, feedback })) : [];
}

/** The row numbers a repeating group of fields was sent with, in order. */
function rowIndexes(fields: Fields, prefix: string): number[] {
  return Object.keys(fields)
    .filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
    .map((name) => Number(name.slice(prefix.length)))
    .sort((a, b) => a - b);
}

function near(a: number, b: number) {
  return Math.abs(a - b) < 0.01;
}

function fail(errors: Errors, field: string, message: string): null {
  (errors[field] ??= []).push(message);
  return null;
}
