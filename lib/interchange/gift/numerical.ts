import type { TextFormat } from "../model";
import { isPhpNumeric, phpTrim } from "../php";
import { badWeight, splitAnswers, takeWeight, type Fields } from "./answer-parts";
import { splitFeedback } from "./text";

/**
 * A numerical answer block `{#…}`: answers joined by `=`, each `value`, `value:tolerance` or
 * `min..max`, with an optional `%weight%` and `#feedback`; a trailing `~…` is a catch-all answer
 * worth nothing. Moodle quietly turns an answer that is not a number into "any number"; that is a
 * problem here.
 */
export function numerical(answerText: string, format: TextFormat): Fields {
  let body = answerText.slice(1);
  const tilde = body.indexOf("~");
  const wrong = tilde === -1 ? "" : body.slice(tilde);
  if (tilde !== -1) body = body.slice(0, tilde);
  const raws = splitAnswers(body, "=");
  if (raws.length === 0) return { problem: "the numerical question has no answer after the #." };
  const answers = [];
  for (const [index, raw] of raws.entries()) {
    const weighted = takeWeight(raw);
    const weight = weighted ? weighted.weight : 1;
    if (Number.isNaN(weight)) return badWeight(raw, index);
    if (weight < 0 || weight > 1) return { problem: `answer ${index + 1} has a weight of ${weight * 100}%; numerical answers take 0% to 100%.` };
    const { answer, feedback } = splitFeedback(weighted ? weighted.rest : raw, format);
    const value = numberAndTolerance(answer.text, index);
    if ("problem" in value) return value;
    answers.push({ ...value, fraction: weight, feedback: feedback.text });
  }
  if (wrong) answers.push({ value: "*", tolerance: 0, fraction: 0, feedback: splitFeedback(wrong, format).feedback.text });
  return { type: "numerical", answers };
}

/** `a`, `a:tolerance` or `min..max` (the midpoint, give or take half the range), as Moodle reads them. */
function numberAndTolerance(text: string, index: number): { value: number | "*"; tolerance: number } | { problem: string } {
  const range = text.indexOf("..");
  const colon = text.indexOf(":");
  if (range > 0) {
    const min = phpTrim(text.slice(0, range));
    const max = phpTrim(text.slice(range + 2));
    if (!isPhpNumeric(min) || !isPhpNumeric(max)) return { problem: `answer ${index + 1} ("${text}") is not a range of numbers like 1..5.` };
    const value = (Number(max) + Number(min)) / 2;
    return checked(value, Number(max) - value, index);
  }
  const [answer, tolerance] = colon > 0 ? [phpTrim(text.slice(0, colon)), phpTrim(text.slice(colon + 1))] : [phpTrim(text), "0"];
  if (!isPhpNumeric(tolerance)) return { problem: `the tolerance of answer ${index + 1} ("${tolerance}") is not a number.` };
  if (answer === "*") return checked("*", Number(tolerance), index);
  if (!isPhpNumeric(answer)) return { problem: `answer ${index + 1} ("${answer}") is not a number; write it like 42, 3.5 or 1e3.` };
  return checked(Number(answer), Number(tolerance), index);
}

function checked(value: number | "*", tolerance: number, index: number): { value: number | "*"; tolerance: number } | { problem: string } {
  if (value !== "*" && !Number.isFinite(value)) return { problem: `answer ${index + 1} is too large a number.` };
  if (!Number.isFinite(tolerance)) return { problem: `the tolerance of answer ${index + 1} is too large a number.` };
  if (tolerance < 0) return { problem: `answer ${index + 1} has a negative tolerance; a range must run from low to high.` };
  return { value, tolerance };
}
