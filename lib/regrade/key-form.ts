import { compareText } from "../questions/shuffle";
import type { StoredVersion } from "../questions/from-content";
import { fromStoredVersion } from "../questions";

/**
 * A question's key as the correction form shows it: only what decides the marks (which options
 * earn what, the accepted answers, the right pairs or order). The wording stays as learners saw it,
 * so answers given to the old version still name the same options, items and pairs and can be
 * marked again under the corrected key. Credits are percentages, as Moodle shows them.
 */
export type KeyForm =
  | { type: "single_choice" | "multiple_response"; options: { key: string; text: string; credit: number }[] }
  | { type: "true_false"; answer: boolean }
  | { type: "short_answer"; answers: { text: string; credit: number }[]; caseSensitive: boolean }
  | { type: "numerical"; answers: { value: string; tolerance: number; credit: number }[]; unit: string | null }
  | { type: "matching"; pairs: { prompt: string; answer: string }[]; pool: string[] }
  | { type: "ordering"; items: string[] }
  | { type: "essay" };

export function keyFormOf(stored: StoredVersion): KeyForm {
  const question = fromStoredVersion(stored);
  switch (question.type) {
    case "single_choice":
    case "multiple_response":
      return {
        type: question.type,
        options: (stored.options ?? []).toSorted((a, b) => a.position - b.position).map((option) => ({ key: option.key, text: option.text, credit: percent(option.fraction) })),
      };
    case "true_false":
      return { type: "true_false", answer: question.answer };
    case "short_answer":
      return { type: "short_answer", answers: question.answers.map((answer) => ({ text: answer.text, credit: percent(answer.fraction) })), caseSensitive: question.caseSensitive ?? false };
    case "numerical":
      return {
        type: "numerical",
        answers: question.answers.map((answer) => ({ value: String(answer.value), tolerance: answer.tolerance, credit: percent(answer.fraction) })),
        unit: question.unit ?? null,
      };
    case "matching":
      return { type: "matching", pairs: question.pairs.map(({ prompt, answer }) => ({ prompt, answer })), pool: matchingPool(question.pairs.map((pair) => pair.answer), question.distractors) };
    case "ordering":
      return { type: "ordering", items: question.items.map((item) => item.text) };
    case "essay":
      return { type: "essay" };
  }
}

/** Every answer a matching question offers, once each, in the order learners' choices are ranked. */
export function matchingPool(answers: readonly string[], distractors: readonly string[]): string[] {
  return [...new Set([...answers, ...distractors])].sort(compareText);
}

export function percent(fraction: number): number {
  return Math.round(fraction * 1e5) / 1e3;
}
