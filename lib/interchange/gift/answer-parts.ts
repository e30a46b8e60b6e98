import { isPhpNumeric, phpEmpty, phpTrim } from "../php";

/** Pieces of an answer block that several GIFT question types share. */

export type Fields = Record<string, unknown> | { problem: string };

/** Moodle's split: the text before the first separator is dropped when it is blank (or "0"). */
export function splitAnswers(answerText: string, separator: string): string[] {
  const parts = answerText.split(separator);
  parts[0] = phpTrim(parts[0]!);
  if (phpEmpty(parts[0])) parts.shift();
  return parts.map(phpTrim);
}

const WEIGHT = /^%-*([0-9]{1,2})\.?([0-9]*)%/;

/**
 * A leading `%n%` weight as a fraction (NaN when PHP could not divide it), and the rest. The
 * percentage is read as one decimal number scaled by 1/100 rather than divided by 100 as PHP
 * does: `%33.33333%` is then exactly 0.3333333 (PHP gets 0.33333329999999994, a 1e-17 apart), so
 * every fraction survives a trip through `writeGift`.
 */
export function takeWeight(answer: string): { weight: number; rest: string } | undefined {
  if (!WEIGHT.test(answer)) return undefined;
  const inner = answer.slice(1);
  const end = inner.indexOf("%");
  const raw = inner.slice(0, end);
  return { weight: isPhpNumeric(raw) ? Number(`${raw}e-2`) : Number.NaN, rest: inner.slice(end + 1) };
}

export const badWeight = (answer: string, index: number) => ({ problem: `the weight of answer ${index + 1} ("${answer}") is not a number.` });
