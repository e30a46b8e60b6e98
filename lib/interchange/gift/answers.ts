import type { TextFormat } from "../model";
import { phpTrim } from "../php";
import { badWeight, splitAnswers, takeWeight, type Fields } from "./answer-parts";
import { opaqueIds } from "../../questions/shuffle";
import { questionSchema, type Question } from "../../questions/types";
import { numerical } from "./numerical";
import { readFormatted, restoreEscapes, splitFeedback } from "./text";

/**
 * A GIFT answer block turned into the engine's question, following Moodle's type detection and
 * answer splitting. Where Moodle would quietly store something other than what the author wrote
 * (a numerical answer that is not a number becomes "any number"; a weight like `%--50%` crashes
 * PHP), we return a problem the author can fix instead.
 */

export type GiftKind = "essay" | "numerical" | "choice" | "matching" | "true_false" | "short_answer" | "ordering";

/** Moodle's order of tests; `{>…}` is the ordering question type's own GIFT syntax (core since 4.3). */
export function detectKind(answerText: string): GiftKind {
  if (answerText === "") return "essay";
  if (answerText.startsWith(">")) return "ordering";
  if (answerText.startsWith("#")) return "numerical";
  if (answerText.includes("~")) return "choice";
  if (answerText.includes("=") && answerText.includes("->")) return "matching";
  const hash = answerText.indexOf("#");
  const bare = hash > 0 ? phpTrim(answerText.slice(0, hash)) : answerText;
  return ["T", "TRUE", "F", "FALSE"].includes(bare) ? "true_false" : "short_answer";
}

interface Context {
  stem: string;
  explanation: string;
  format: TextFormat;
}

type Built = { question: Question } | { problem: string };

export function buildQuestion(kind: Exclude<GiftKind, "ordering">, answerText: string, context: Context): Built {
  if (context.stem.trim() === "") return { problem: "the question has no text before or after its answer block." };
  const common = { stem: context.stem, explanation: context.explanation };
  const fields = typeFields(kind, answerText, context.format);
  if (typeof fields.problem === "string") return { problem: fields.problem };
  const parsed = questionSchema.safeParse({ ...common, ...fields });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `this question cannot be imported (${issue?.path.join(".") || "question"}: ${issue?.message ?? "invalid"}).` };
  }
  return { question: parsed.data };
}

function typeFields(kind: Exclude<GiftKind, "ordering">, answerText: string, format: TextFormat): Fields {
  switch (kind) {
    case "essay":
      return { type: "essay" };
    case "true_false":
      return trueFalse(answerText, format);
    case "choice":
      return choice(answerText, format);
    case "matching":
      return matching(answerText, format);
    case "short_answer":
      return shortAnswer(answerText, format);
    case "numerical":
      return numerical(answerText, format);
  }
}

function trueFalse(answerText: string, format: TextFormat): Fields {
  const [answer = "", wrong = "", right = ""] = splitLimit(answerText, "#", 3).map((bit) => readFormatted(phpTrim(bit), format).text);
  const isTrue = answer === "T" || answer === "TRUE";
  return { type: "true_false", answer: isTrue, feedbackTrue: isTrue ? right : wrong, feedbackFalse: isTrue ? wrong : right };
}

/** PHP's `explode($separator, $text, $limit)`: the last piece keeps any further separators. */
function splitLimit(text: string, separator: string, limit: number): string[] {
  const parts = text.split(separator);
  return parts.length <= limit ? parts : [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(separator)];
}

function choice(answerText: string, format: TextFormat): Fields {
  const answers = splitAnswers(answerText.replaceAll("=", "~="), "~");
  if (answers.length < 2) return { problem: "a multiple-choice question needs at least two answers (=right, ~wrong)." };
  const options = [];
  for (const [index, raw] of answers.entries()) {
    let weight = 0;
    let rest = raw;
    const weighted = takeWeight(raw);
    if (raw.startsWith("=")) {
      weight = 1;
      rest = raw.slice(1);
    } else if (weighted) {
      ({ weight, rest } = weighted);
    }
    if (Number.isNaN(weight)) return badWeight(raw, index);
    if (weight < -1 || weight > 1) return { problem: `answer ${index + 1} has a weight of ${weight * 100}%; choices take -100% to 100%.` };
    const { answer, feedback } = splitFeedback(rest, format);
    if (answer.text === "") return { problem: `answer ${index + 1} of the multiple-choice question is empty.` };
    options.push({ text: answer.text, fraction: weight, feedback: feedback.text });
  }
  const keys = opaqueIds("o", options.map((option) => option.text));
  const type = answerText.includes("=") ? "single_choice" : "multiple_response";
  return { type, options: options.map((option, index) => ({ key: keys[index]!, ...option })) };
}

function matching(answerText: string, format: TextFormat): Fields {
  const answers = splitAnswers(answerText, "=");
  if (answers.length < 2) return { problem: "a matching question needs at least two pairs (=prompt -> answer)." };
  const pairs: Array<{ id: string; prompt: string; answer: string }> = [];
  const distractors: string[] = [];
  for (const raw of answers) {
    const arrow = raw.indexOf("->");
    if (arrow === -1) return { problem: `"${restoreEscapes(raw)}" is not a pair; write =prompt -> answer.` };
    const prompt = readFormatted(raw.slice(0, arrow), format).text;
    const answer = phpTrim(restoreEscapes(raw.slice(arrow + 2)));
    if (answer === "") return { problem: `the pair "${prompt}" has nothing after ->.` };
    if (prompt === "") distractors.push(answer);
    else pairs.push({ id: `p${pairs.length + 1}`, prompt, answer });
  }
  return { type: "matching", pairs, distractors };
}

function shortAnswer(answerText: string, format: TextFormat): Fields {
  const answers = [];
  for (const [index, raw] of splitAnswers(answerText, "=").entries()) {
    const weighted = takeWeight(raw);
    const weight = weighted ? weighted.weight : 1;
    if (Number.isNaN(weight)) return badWeight(raw, index);
    if (weight < 0 || weight > 1) return { problem: `answer ${index + 1} has a weight of ${weight * 100}%; short answers take 0% to 100%.` };
    const { answer, feedback } = splitFeedback(weighted ? weighted.rest : raw, format);
    if (answer.text === "") return { problem: `answer ${index + 1} of the short-answer question is empty.` };
    answers.push({ text: answer.text, fraction: weight, feedback: feedback.text });
  }
  return { type: "short_answer", answers };
}
