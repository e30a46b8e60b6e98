import type { ResponsePart } from "@/lib/statistics";
import type { CsvRow } from "./moodle-csv";

/**
 * Turns the steps of Moodle's statistics walk-throughs (steps0N.csv) into the responses our
 * response analysis counts: each response classified as Moodle's question types classify it, and
 * numbered by try as Moodle's deferred-feedback and interactive behaviours number them. Only the
 * question types the fixtures' expected response counts cover are modelled; the questions are the
 * ones described in STATISTICS.md (from Moodle's question/type/<type>/tests/helper.php).
 */

/** A response classified: its parts, and the credit it earns (a fraction of the question). */
export type Classified = { parts: Omit<ResponsePart, "try">[]; fraction: number } | "invalid";
type Classifier = (fields: Record<string, string>, variant: number) => Classified;

// Moodle's label for a numeric response that matches no answer; older fixtures say "[NO MATCH]".
export const noMatch = "[Did not match any answer]";
export const sameLabel = (label: string) => (label === "[NO MATCH]" ? noMatch : label);

const single = (responseClass: string, response: string, fraction: number): Classified => ({
  parts: [{ subpart: 1, responseClass, response, fraction }],
  fraction,
});

const parseNumber = (text: string) => (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text.trim()) ? Number(text) : null);

const shortAnswerFrogToad: Classifier = ({ answer = "" }) => {
  if (answer.trim() === "") return "invalid";
  const given = answer.trim().toLowerCase();
  const matched = [
    { text: "frog", fraction: 1 },
    { text: "toad", fraction: 0.8 },
  ].find((candidate) => candidate.text === given);
  return matched ? single(matched.text, answer, matched.fraction) : single("*", answer, 0);
};

const numericalPi: Classifier = ({ answer = "" }) => {
  const value = parseNumber(answer);
  if (value === null) return "invalid";
  const matched = [3.14, 3.142, 3.1, 3].find((candidate) => candidate === value);
  if (matched === undefined) return single("*", answer, 0);
  return single(`${matched} (${matched}..${matched})`, answer, matched === 3.14 ? 1 : 0);
};

// Variant k of `sumwithvariants` asks for a + b from its dataset item k.
const sumWithVariantsAnswers = [9.9, 8.5, 3.3, 19.4, 14.2, 9.4, 9.1, 5.7, 7.1, 6.8];
const calculatedSumWithVariants: Classifier = ({ answer = "" }, variant) => {
  const value = parseNumber(answer);
  if (value === null) return "invalid";
  const right = sumWithVariantsAnswers[variant - 1];
  if (right === undefined) throw new Error(`no variant ${variant} of sumwithvariants`);
  return Math.abs(value - right) <= 0.01 * Math.abs(right) ? single("{a} + {b} (±0.01 Relative)", answer, 1) : single(noMatch, answer, 0);
};

const matchStems = [
  { stem: "frog", right: "amphibian" },
  { stem: "cat", right: "mammal" },
  { stem: "newt", right: "amphibian" },
];
const matchFourSubq: Classifier = (fields) => {
  if (matchStems.some(({ stem }) => !fields[stem])) return "invalid";
  const parts = matchStems.map(({ stem, right }, index) => ({
    subpart: index + 1,
    responseClass: `${stem}: ${fields[stem]}`,
    response: fields[stem]!,
    fraction: fields[stem] === right ? 1 : 0,
  }));
  return { parts, fraction: parts.filter((part) => part.fraction === 1).length / parts.length };
};

const trueFalseTrue: Classifier = ({ answer = "" }) => {
  if (answer !== "0" && answer !== "1") return "invalid";
  return answer === "1" ? single("True", "True", 1) : single("False", "False", 0);
};

export const classifiers: Record<string, Classifier> = {
  shortanswer: shortAnswerFrogToad,
  numerical: numericalPi,
  calculatedsimple: calculatedSumWithVariants,
  match: matchFourSubq,
  truefalse: trueFalseTrue,
};

/** The fields a step gives for one slot ("answer", "frog" …), without the behaviour's "-submit" and "-tryagain". */
export function slotFields(row: CsvRow, slot: number): Record<string, string> {
  const prefix = `responses.${slot}.`;
  return Object.fromEntries(
    Object.entries(row)
      .filter(([name]) => name.startsWith(prefix) && !name.startsWith(`${prefix}-`))
      .map(([name, value]) => [name.slice(prefix.length), value]),
  );
}

/**
 * The responses one attempt submitted for one slot, numbered by try.
 * - Deferred feedback: the response at the end is the one and only try.
 * - Interactive: a valid "-submit" is a try; a wrong one waits for "-tryagain"; the question ends
 *   when a try is right or the tries run out. Finishing the attempt grades the current response as
 *   a further try, unless the question is waiting for "Try again" or has ended.
 */
export function submittedTries(
  steps: readonly CsvRow[],
  slot: number,
  classify: Classifier,
  variant: number,
  behaviour: "deferredfeedback" | "interactive",
  maxTries: number,
): ResponsePart[] {
  const tries: ResponsePart[] = [];
  let count = 0;
  let ended = false;
  let waiting = false;
  // Moodle does not grade an invalid response (not a number, a blank left): it is not a try.
  const take = (classified: Classified) => {
    if (classified === "invalid") return;
    count++;
    for (const part of classified.parts) tries.push({ ...part, try: count });
  };
  steps.forEach((step, index) => {
    const fields = slotFields(step, slot);
    const last = step.finished === "1" || (step.finished === undefined && index === steps.length - 1);
    if (behaviour === "interactive" && !ended) {
      if (waiting && step[`responses.${slot}.-tryagain`] === "1") waiting = false;
      else if (!waiting && step[`responses.${slot}.-submit`] === "1") {
        const classified = classify(fields, variant);
        if (classified !== "invalid") {
          take(classified);
          if (classified.fraction === 1 || count === maxTries) ended = true;
          else waiting = true;
        }
      }
    }
    if (last && !ended && !waiting) take(classify(fields, variant));
    if (last) ended = true;
  });
  return tries;
}
