import { gradeResponse, type Question } from "../questions";
import { attemptScore, type AttemptScore } from "./grading-method";

/**
 * Marks a submitted attempt: every auto-gradable answer gets its fraction, essays wait for a human,
 * and the attempt's total follows Moodle's rule (no total while anything awaits grading).
 */

export type MarkedState = "unanswered" | "auto_graded" | "needs_grading";

export interface ItemToMark {
  question: Question;
  maxMark: number;
  answer: unknown;
  dropped?: "full_marks" | "removed" | null;
}

export interface MarkedItem {
  state: MarkedState;
  /** null while awaiting manual grading. */
  fraction: number | null;
  mark: number | null;
}

export function markItem(item: ItemToMark): MarkedItem {
  const result = gradeResponse(item.question, item.answer);
  switch (result.status) {
    case "graded":
      return { state: "auto_graded", fraction: result.fraction, mark: round4(result.fraction * item.maxMark) };
    case "needs_grading":
      return { state: "needs_grading", fraction: null, mark: null };
    // A blank answer earns nothing, essays included: there is nothing for a human to read.
    case "unanswered":
      return { state: "unanswered", fraction: 0, mark: 0 };
    // Saves are validated on arrival, so this is an answer stored before a question was changed
    // under it; it cannot earn credit, and an instructor can still override the mark.
    case "invalid":
      return { state: "auto_graded", fraction: 0, mark: 0 };
  }
}

export function markAttempt(items: readonly ItemToMark[]): { items: MarkedItem[]; score: AttemptScore } {
  const marked = items.map(markItem);
  const score = attemptScore(items.map((item, index) => ({ maxMark: item.maxMark, fraction: marked[index]!.fraction, dropped: item.dropped ?? null })));
  return { items: marked, score };
}

function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
