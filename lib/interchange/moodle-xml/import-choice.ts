import { opaqueIds } from "../../questions/shuffle";
import type { MultipleResponseQuestion, SingleChoiceQuestion, TrueFalseQuestion } from "../../questions/types";
import { isMoodleGrade, quote, readAnswers, type RawAnswer } from "./answers";
import { FieldError, numberOf, ownText, textOf, valueOf } from "./fields";
import type { Common } from "./import-common";
import { childrenNamed } from "./xml-tree";

/** Moodle's reading of a yes/no setting: "false", "0" and "" are no, anything else is yes. */
export function isYes(value: string): boolean {
  return value !== "false" && value !== "0" && value !== "";
}

/**
 * multichoice: `<single>` (default true) chooses one right option or several; `<shuffleanswers>`
 * defaults to false. Options without text are dropped, as Moodle drops them when it saves.
 */
export function importMultichoice(common: Common): SingleChoiceQuestion | MultipleResponseQuestion {
  const { element } = common;
  const single = isYes(valueOf(element, "single") ?? "true");
  const answers = readAnswers(element).filter((answer) => answer.text !== "");
  if (answers.length < 2) throw new FieldError(answers.length === 0 ? "it has no answers" : "it has only one answer; a choice needs at least two");
  checkGrades(common, answers, -1);
  const ids = opaqueIds("o", answers.map((answer) => answer.text));
  const options = answers.map((answer, index) => ({ key: ids[index]!, text: answer.text, fraction: answer.fraction, feedback: answer.feedback }));
  const shuffle = isYes(valueOf(element, "shuffleanswers") ?? "false");
  const base = { stem: common.stem, explanation: common.explanation, options, shuffle };
  if (single) return { type: "single_choice", ...base };
  // Not Moodle's: our exporter writes it so that an all-or-nothing question survives a round trip.
  const allOrNothing = valueOf(element, "allornothing");
  return { type: "multiple_response", ...base, ...(allOrNothing === undefined ? {} : { allOrNothing: isYes(allOrNothing) }) };
}

/** The "all or nothing" plugin's type: right options are the ones with a positive grade. */
export function importMultichoiceSet(common: Common): MultipleResponseQuestion {
  const question = importMultichoice(common);
  return { ...question, type: "multiple_response", allOrNothing: true };
}

/**
 * Grades outside -100 % … 100 % (or below 0 where penalties are not allowed) cannot be graded and
 * reject the question; grades Moodle's editor does not offer import, with a warning.
 */
export function checkGrades(common: Common, answers: readonly RawAnswer[], lowest: -1 | 0): void {
  for (const answer of answers) {
    if (answer.fraction > 1 || answer.fraction < lowest) {
      throw new FieldError(
        `the answer "${quote(answer.text)}" on line ${answer.line} has the grade ${answer.grade}; grades must lie between ${lowest * 100}% and 100%`,
      );
    }
  }
  const odd = answers.filter((answer) => !isMoodleGrade(answer.fraction));
  if (odd.length > 0) {
    const list = odd.map((answer) => `${answer.grade} ("${quote(answer.text)}")`).join(", ");
    common.notes.push(
      `the grade ${list} is not one Moodle offers (such as 33.33333% or 50%); it was imported as written, but Moodle itself refuses such a file unless told to round grades`,
    );
  }
}

/**
 * truefalse: the answers are told apart by their text ("true"/"false"); old files with translated
 * texts give true first. Moodle sets the right answer from each answer in turn, so the last one
 * read decides, and a "false" answer graded anything but 100 % makes "true" right.
 */
export function importTrueFalse(common: Common): TrueFalseQuestion {
  const { element } = common;
  const answers = childrenNamed(element, "answer");
  if (answers.length === 0) throw new FieldError("it has no answers (one for true, one for false)");
  let answer = false;
  let feedbackTrue = "";
  let feedbackFalse = "";
  let labelled = true;
  answers.forEach((node, index) => {
    const written = ownText(node);
    if (written !== "true" && written !== "false") labelled = false;
    const isTrue = written === "true" || (written !== "false" && index === 0);
    const fullMarks = numberOf(node.attributes.fraction ?? "") === 100;
    const feedback = textOf(node, "feedback") ?? "";
    if (isTrue) {
      answer = fullMarks;
      feedbackTrue = feedback;
    } else {
      answer = !fullMarks;
      feedbackFalse = feedback;
    }
  });
  if (!labelled) common.notes.push(`its answers are not labelled "true" and "false", so the first was taken as true (making ${answer} the right answer); check it`);
  return { type: "true_false", stem: common.stem, explanation: common.explanation, answer, feedbackTrue, feedbackFalse };
}
