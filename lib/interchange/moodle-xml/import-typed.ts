import type { NumericalQuestion, ShortAnswerQuestion } from "../../questions/types";
import { quote, readAnswers } from "./answers";
import { FieldError, leafText, numberOf, phpTrim, valueOf } from "./fields";
import { checkGrades, isYes } from "./import-choice";
import type { Common } from "./import-common";
import { childNamed, childrenNamed } from "./xml-tree";

/** shortanswer: answers without text are dropped (Moodle drops them when it saves); `usecase` 1 is case-sensitive. */
export function importShortAnswer(common: Common): ShortAnswerQuestion {
  const answers = readAnswers(common.element).filter((answer) => answer.text !== "");
  if (answers.length === 0) throw new FieldError("it has no answers");
  checkGrades(common, answers, 0);
  return {
    type: "short_answer",
    stem: common.stem,
    explanation: common.explanation,
    answers: answers.map(({ text, fraction, feedback }) => ({ text, fraction, feedback })),
    caseSensitive: isYes(valueOf(common.element, "usecase") ?? "0"),
  };
}

/**
 * numerical: each answer is a number or `*` (any number), with a tolerance (an empty one is 0, a
 * negative one counts as its size, as Moodle's grading does). Of the units, the one with
 * multiplier 1 is kept; the engine has no use for the others.
 */
export function importNumerical(common: Common): NumericalQuestion {
  const nodes = childrenNamed(common.element, "answer");
  const answers = readAnswers(common.element, { withFractionElement: true })
    .map((answer, index) => ({ ...answer, tolerance: toleranceOf(nodes[index]!) }))
    .filter((answer) => answer.text !== "");
  if (answers.length === 0) throw new FieldError("it has no answers");
  checkGrades(common, answers, 0);
  const unit = baseUnit(common);
  return {
    type: "numerical",
    stem: common.stem,
    explanation: common.explanation,
    answers: answers.map(({ text, tolerance, fraction, feedback, line }) => {
      const value = text === "*" ? "*" : numberOf(text);
      if (value === null) throw new FieldError(`the answer "${quote(text)}" on line ${line} is not a number (write it like -1.234 or 3e8, or * for any number)`);
      return { value, tolerance, fraction, feedback };
    }),
    ...(unit ? { unit } : {}),
  };
}

function toleranceOf(answer: NonNullable<ReturnType<typeof childNamed>>): number {
  const element = childNamed(answer, "tolerance");
  const written = element ? phpTrim(leafText(element)) : "";
  if (written === "") return 0;
  const tolerance = numberOf(written);
  if (tolerance === null) throw new FieldError(`the tolerance "${quote(written)}" on line ${element!.line} is not a number`);
  return Math.abs(tolerance);
}

function baseUnit(common: Common): string | undefined {
  const units = childrenNamed(childNamed(common.element, "units"), "unit").map((unit) => ({
    name: valueOf(unit, "unit_name") ?? "",
    multiplier: numberOf(valueOf(unit, "multiplier") ?? "1") ?? 1,
  }));
  const named = units.filter((unit) => unit.name !== "");
  const base = named.find((unit) => unit.multiplier === 1) ?? named[0];
  if (named.length > 1) {
    const others = named.filter((unit) => unit !== base).map((unit) => unit.name);
    common.notes.push(`only its unit "${base!.name}" was kept; answers given in ${others.map((name) => `"${name}"`).join(", ")} will not be accepted`);
  }
  return base?.name;
}
