import type { TextFormat } from "../model";
import type { Question } from "../../questions/types";
import { escapeGift, weight, writeField } from "./write-text";

/**
 * The answer block `{…}` of one question, in the layout Moodle's GIFT export uses (one answer per
 * tab-indented line). Answers and feedback carry no `[format]` prefix of their own: they share the
 * question text's. Returns the reason instead when GIFT cannot say the question without changing
 * it on the way back in.
 */
export function answerBlock(question: Question, format: TextFormat): { block: string } | { unwritable: string } {
  const field = (text: string) => writeField(text, format, format);
  const feedback = (text: string) => (text ? `#${field(text)}` : "");
  const general = question.explanation ? `####${field(question.explanation)}` : "";
  const lines = (body: string[]) => ({ block: `{\n${[...body, ...(general ? [general] : [])].map((line) => `\t${line}\n`).join("")}}` });

  switch (question.type) {
    case "essay":
      return { block: `{${general}}` };
    case "true_false": {
      const [right, wrong] = question.answer ? [question.feedbackTrue, question.feedbackFalse] : [question.feedbackFalse, question.feedbackTrue];
      const feedbacks = wrong ? `#${field(wrong)}${right ? `#${field(right)}` : ""}` : right ? `##${field(right)}` : "";
      return { block: `{${question.answer ? "TRUE" : "FALSE"}${feedbacks}${general}}` };
    }
    case "single_choice":
      // GIFT tells single from multiple choice by an `=` answer, which always scores 100%.
      if (!question.options.some((option) => option.fraction === 1)) {
        return { unwritable: "GIFT marks a single-choice question by an answer worth 100% (=…), and this one has none." };
      }
    // falls through
    case "multiple_response": {
      // Only the first 100% answer is `=`; the rest stay `~` so the block is always read as choices.
      const equals = question.type === "single_choice" ? question.options.findIndex((option) => option.fraction === 1) : -1;
      return lines(question.options.map((option, index) => `${index === equals ? "=" : tilde(option.fraction, field(option.text))}${field(option.text)}${feedback(option.feedback)}`));
    }
    case "short_answer":
      // The `=` before each answer and a `->` anywhere in the block would make it a matching question.
      if (question.answers.some((answer) => answer.text.includes("->") || answer.feedback.includes("->"))) {
        return { unwritable: "GIFT would read a short answer containing “->” as a matching pair." };
      }
      return lines(question.answers.map((answer) => `=${weight(answer.fraction)}${field(answer.text)}${feedback(answer.feedback)}`));
    case "numerical":
      return { block: numericalBlock(question, field, general) };
    case "matching": {
      if (question.pairs.length + question.distractors.length < 2) {
        return { unwritable: "GIFT needs at least two pairs (or a pair and a distractor) in a matching question." };
      }
      if (question.pairs.some((pair) => pair.prompt.includes("->"))) {
        return { unwritable: "GIFT cuts a matching pair at its first “->”, and a prompt here contains one." };
      }
      const pairs = question.pairs.map((pair) => `=${field(pair.prompt)} -> ${escapeGift(pair.answer)}`);
      return lines([...pairs, ...question.distractors.map((answer) => `= -> ${escapeGift(answer)}`)]);
    }
    case "ordering": {
      // Moodle's ordering syntax: `{>` and a settings line (left empty, so Moodle applies its
      // defaults), then one item per line in the right order.
      if (!orderingWritable(question.items.map((item) => item.text))) {
        return { unwritable: "GIFT puts one ordering item per line, and here an item spans lines, reads as a blank line (\"0\", as Moodle splits files), or repeats another." };
      }
      // A line starting // would be read as a comment: a format prefix in front keeps it an item.
      const itemLine = (text: string) => (text.trimStart().startsWith("//") ? `[${format}]${escapeGift(text)}` : field(text));
      return { block: `{>\n${[...question.items.map((item) => itemLine(item.text)), ...(general ? [general] : [])].map((line) => `\t${line}\n`).join("")}}` };
    }
  }
}

/** `~` for a wrong choice, with its weight when it has one or when its text would look like one. */
const tilde = (fraction: number, text: string) => (fraction === 0 && !text.startsWith("%") ? "~" : `~${weight(fraction)}`);

type NumericalQuestion = Extract<Question, { type: "numerical" }>;

/**
 * `=%w%value:tolerance#feedback` per answer. A last catch-all (`*`, 0%, no tolerance) after a
 * real answer takes Moodle's own `~#feedback` form; any other `*` is written like an answer.
 */
function numericalBlock(question: NumericalQuestion, field: (text: string) => string, general: string): string {
  const lines = question.answers.map((answer, index) => {
    const catchAll = answer.value === "*" && answer.fraction === 0 && answer.tolerance === 0;
    if (catchAll && index > 0 && index === question.answers.length - 1) return `~#${field(answer.feedback)}`;
    const feedback = answer.feedback ? `#${field(answer.feedback)}` : "";
    return `=${weight(answer.fraction)}${answer.value}:${answer.tolerance}${feedback}`;
  });
  return `{#\n${[...lines, ...(general ? [general] : [])].map((line) => `\t${line}\n`).join("")}}`;
}

/** Items GIFT can hold one per line: single-line, none that Moodle's file splitter takes for a blank line ("0"), none repeated. */
export function orderingWritable(items: readonly string[]): boolean {
  const trimmed = items.map((text) => text.trim());
  return !items.some((text) => text.includes("\n")) && !trimmed.includes("0") && new Set(trimmed).size === items.length;
}
