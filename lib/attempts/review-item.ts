import { gradeResponse, learnerViewOf, rightAnswerOf, type LearnerView, type Question } from "../questions";
import type { ReviewVisibility } from "./review-visibility";

/**
 * One question of a finished attempt as the learner may see it now. Built on the server, and only
 * the parts the review settings allow are put in it at all: what is not here cannot leak.
 */

export type Outcome = "correct" | "partially_correct" | "incorrect" | "awaiting_grading" | "not_answered";

export interface AnswerLine {
  text: string;
  /** Whether this part of the learner's own answer is right; only with correctness shown. */
  right?: boolean;
}

export interface ReviewItem {
  number: number;
  stem: string;
  type: LearnerView["type"];
  /** The learner's answer, always theirs to see; empty when not answered. */
  answer: AnswerLine[];
  marks?: { mark: number | null; maxMark: number };
  outcome?: Outcome;
  feedback?: { forAnswer: string[]; general: string; comment: string | null };
  rightAnswer?: string;
}

export interface ReviewSource {
  number: number;
  question: Question;
  displayOrder: readonly string[] | null;
  answer: unknown;
  maxMark: number;
  /** As stored: the fraction and mark after marking (and any manual grading); null while awaiting grading. */
  fraction: number | null;
  mark: number | null;
  state: string;
  comment: string | null;
}

export function reviewItem(source: ReviewSource, visible: ReviewVisibility): ReviewItem {
  const view = learnerViewOf(source.question, source.displayOrder ?? undefined);
  const result = source.answer === null || source.answer === undefined ? null : gradeResponse(source.question, source.answer);
  const feedback = result?.status === "graded" ? result.feedback : null;
  const item: ReviewItem = { number: source.number, stem: view.stem, type: view.type, answer: answerLines(view, source.answer, visible.correctness ? feedback : null) };
  if (visible.marks) item.marks = { mark: source.mark, maxMark: source.maxMark };
  if (visible.correctness) item.outcome = outcomeOf(source);
  if (visible.feedback) {
    const forAnswer = [feedback?.answerFeedback, ...Object.values(feedback?.perOption ?? {}).map((option) => (option.chosen ? option.feedback : undefined))];
    item.feedback = { forAnswer: [...new Set(forAnswer.filter((text): text is string => Boolean(text)))], general: source.question.explanation, comment: source.comment };
  }
  if (visible.rightAnswer) item.rightAnswer = rightAnswerOf(source.question);
  return item;
}

function outcomeOf(source: ReviewSource): Outcome {
  if (source.state === "unanswered") return "not_answered";
  if (source.fraction === null) return "awaiting_grading";
  if (source.fraction >= 1) return "correct";
  return source.fraction > 0 ? "partially_correct" : "incorrect";
}

type Graded = NonNullable<Extract<ReturnType<typeof gradeResponse>, { status: "graded" }>["feedback"]>;

/** The learner's answer in words, in the order they saw it; rightness per part only when given `feedback`. */
export function answerLines(view: LearnerView, answer: unknown, feedback: Graded | null): AnswerLine[] {
  if (answer === null || typeof answer !== "object") return [];
  const value = answer as Record<string, unknown>;
  const mark = (right: boolean | undefined): Pick<AnswerLine, "right"> => (feedback && right !== undefined ? { right } : {});
  switch (view.type) {
    case "single_choice":
    case "multiple_response": {
      const chosen = new Set(view.type === "single_choice" ? [value.choice] : Array.isArray(value.choices) ? value.choices : []);
      return view.options.filter((option) => chosen.has(option.key)).map((option) => ({ text: option.text, ...mark(feedback?.perOption?.[option.key]?.right) }));
    }
    case "true_false":
      return typeof value.value === "boolean" ? [{ text: value.value ? "True" : "False", ...mark(feedback?.correct) }] : [];
    case "short_answer":
    case "numerical":
    case "essay":
      return typeof value.text === "string" && value.text.trim() !== "" ? [{ text: value.text, ...mark(view.type === "essay" ? undefined : feedback?.correct) }] : [];
    case "matching": {
      const pairs = (value.pairs ?? {}) as Record<string, string>;
      const answers = new Map(view.answers.map((entry) => [entry.id, entry.text]));
      return view.prompts.map((prompt) => ({ text: `${prompt.text} → ${answers.get(pairs[prompt.id] ?? "") ?? "(no answer)"}`, ...mark(feedback?.perPair?.[prompt.id]) }));
    }
    case "ordering": {
      const order = Array.isArray(value.order) ? (value.order as string[]) : [];
      const items = new Map(view.items.map((entry) => [entry.id, entry.text]));
      return order.filter((id) => items.has(id)).map((id) => ({ text: items.get(id)!, ...mark(feedback?.perItem?.[id]) }));
    }
  }
}
