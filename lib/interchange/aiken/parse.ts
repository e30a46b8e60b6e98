import { emptyResult, type ParseResult } from "../model";
import { defaultQuestionName, escapeHtmlNoQuotes, phpTrim } from "../php";
import { opaqueIds } from "../../questions/shuffle";
import { questionSchema } from "../../questions/types";

/**
 * Aiken, read as Moodle's Aiken importer reads it: a question on one line, its options on the
 * following lines (`A) text` or `A. text`, the space optional), then `ANSWER: B`. Lines shorter
 * than two bytes are ignored; text is HTML-escaped and every question is single choice.
 *
 * Moodle quietly drops a question still open at the end of the file, and quietly stores one whose
 * ANSWER names no option (no right answer at all); both are problems here, naming the question's
 * line. Options are taken in order whatever their letters, as Moodle takes them.
 */

interface OpenQuestion {
  line: number;
  name: string;
  stem: string;
  options: string[];
}

const OPTION = /^[A-Z][).][ \t]?/;
const utf8 = new TextEncoder();

export function parseAiken(text: string): ParseResult {
  const result = emptyResult("aiken");
  const problem = (line: number, message: string) => result.problems.push({ line, message: `Line ${line}: ${message}` });
  let open: OpenQuestion | undefined;
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;

  source.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const number = index + 1;
    const line = phpTrim(raw);
    if (line.length <= 2 && utf8.encode(line).length < 2) return;
    const isOption = OPTION.test(line);
    if (isOption || line.startsWith("ANSWER:")) {
      if (!open) problem(number, "this line belongs to no question: write the question text on the line above its options.");
      else if (isOption) open.options.push(escapeHtmlNoQuotes(phpTrim(line.slice(2))));
      else {
        finish(open, line, number);
        open = undefined;
      }
      return;
    }
    if (open) problem(open.line, `the question "${open.name}" has no ANSWER: line before the next question starts on line ${number}, so it was not imported.`);
    open = { line: number, name: defaultQuestionName(line), stem: escapeHtmlNoQuotes(line), options: [] };
  });
  if (open) problem(open.line, `the question "${open.name}" has no ANSWER: line, so it was not imported.`);
  return result;

  function finish(question: OpenQuestion, answerLine: string, number: number) {
    if (question.options.length < 2) {
      problem(question.line, `the question "${question.name}" needs at least two options (A), B), …) before its ANSWER: line (line ${number}).`);
      return;
    }
    const letter = phpTrim(answerLine.slice(answerLine.indexOf(":") + 1)).slice(0, 1);
    const right = letter.charCodeAt(0) - "A".charCodeAt(0);
    const last = String.fromCharCode("A".charCodeAt(0) + question.options.length - 1);
    if (!(right >= 0 && right < question.options.length)) {
      problem(question.line, `the ANSWER: on line ${number} must be one of the option letters A to ${last}.`);
      return;
    }
    const keys = opaqueIds("o", question.options);
    const parsed = questionSchema.safeParse({
      type: "single_choice",
      stem: question.stem,
      options: question.options.map((option, index) => ({ key: keys[index]!, text: option, fraction: index === right ? 1 : 0, feedback: "" })),
    });
    if (!parsed.success) {
      problem(question.line, `the question "${question.name}" has an empty option, so it was not imported.`);
      return;
    }
    result.questions.push({ name: question.name, tags: [], textFormat: "html", line: question.line, question: parsed.data });
  }
}
