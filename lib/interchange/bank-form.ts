import { questionSchema, type Question } from "../questions/types";
import type { InterchangeQuestion, ParseProblem, TextFormat } from "./model";
import { plainTextOf } from "./plain-text";

/**
 * An imported question as the bank will keep it: every text reduced to plain text (see
 * plain-text.ts), then checked again by the engine's schema, since a text made only of markup
 * (an image without a description, say) has nothing left.
 */
export function toBankQuestion(imported: InterchangeQuestion): { status: "ok"; question: Question } | { status: "problem"; problem: ParseProblem } {
  const plain = (text: string) => plainTextOf(text, imported.textFormat);
  const converted = convertTexts(imported.question, plain);
  const parsed = questionSchema.safeParse(converted);
  if (parsed.success) return { status: "ok", question: parsed.data };
  return {
    status: "problem",
    problem: { line: imported.line, message: `Question “${imported.name}” has no text left once its formatting is removed (an image alone, say), so it cannot be imported as it is.` },
  };
}

function convertTexts(question: Question, plain: (text: string) => string): Question {
  const base = { ...question, stem: plain(question.stem), explanation: plain(question.explanation) };
  switch (base.type) {
    case "single_choice":
    case "multiple_response":
      return { ...base, options: base.options.map((option) => ({ ...option, text: plain(option.text), feedback: plain(option.feedback) })) };
    case "true_false":
      return { ...base, feedbackTrue: plain(base.feedbackTrue), feedbackFalse: plain(base.feedbackFalse) };
    case "short_answer":
      return { ...base, answers: base.answers.map((answer) => ({ ...answer, feedback: plain(answer.feedback) })) };
    case "numerical":
      return { ...base, answers: base.answers.map((answer) => ({ ...answer, feedback: plain(answer.feedback) })) };
    case "matching":
      return { ...base, pairs: base.pairs.map((pair) => ({ ...pair, prompt: plain(pair.prompt), answer: plain(pair.answer) })), distractors: base.distractors.map(plain) };
    case "ordering":
      return { ...base, items: base.items.map((item) => ({ ...item, text: plain(item.text) })) };
    case "essay":
      return { ...base, ...(base.modelAnswer === undefined ? {} : { modelAnswer: plain(base.modelAnswer) }) };
  }
}

/** What the bank keeps is plain text, so that is the format an export declares. */
export const exportedTextFormat: TextFormat = "plain";
