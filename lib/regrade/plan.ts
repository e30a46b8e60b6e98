import { attemptScore } from "../attempts/grading-method";
import { markItem } from "../attempts/mark-attempt";
import type { Question } from "../questions";

/**
 * The dry run of a regrade: for every attempt that holds an older version of a question, the mark
 * its answer has now and the mark it would get under the corrected version, and the attempt's total
 * before and after. Answers a person graded or overrode keep their mark (Moodle keeps manual
 * grades through a regrade too); attempts still in progress move to the new version and are marked
 * under it when handed in.
 */

export type Dropped = "full_marks" | "removed" | null;

export interface ItemForRegrade {
  attemptQuestionId: string;
  responseId: string;
  questionId: string;
  maxMark: number;
  answer: unknown;
  state: string;
  fraction: number | null;
  mark: number | null;
  dropped: Dropped;
}

export interface AttemptForRegrade {
  attemptId: string;
  state: "in_progress" | "submitted";
  /** Every question of the attempt: its total is recomputed from all of them. */
  items: ItemForRegrade[];
}

export type RegradeOutcome = "changes" | "unchanged" | "kept" | "in_progress";

export interface RegradeRow {
  attemptId: string;
  attemptQuestionId: string;
  responseId: string;
  outcome: RegradeOutcome;
  before: { mark: number | null; fraction: number | null; state: string };
  after: { mark: number | null; fraction: number | null; state: string };
  /** after − before, for answers whose mark changes; 0 otherwise. */
  change: number;
  attemptBefore: number | null;
  attemptAfter: number | null;
  maxMarks: number;
}

export function planRegrade(questionId: string, corrected: Question, attempts: readonly AttemptForRegrade[]): RegradeRow[] {
  const rows: RegradeRow[] = [];
  for (const attempt of attempts) {
    const target = attempt.items.find((item) => item.questionId === questionId);
    if (!target) continue;
    const before = { mark: target.mark, fraction: target.fraction, state: target.state };
    const score = attemptScore(attempt.items.map(scored));
    const base = { attemptId: attempt.attemptId, attemptQuestionId: target.attemptQuestionId, responseId: target.responseId, before, maxMarks: score.maxMarks };
    const total = totalOf(score);
    if (attempt.state === "in_progress") {
      rows.push({ ...base, outcome: "in_progress", after: before, change: 0, attemptBefore: null, attemptAfter: null });
      continue;
    }
    if (target.state === "manually_graded") {
      rows.push({ ...base, outcome: "kept", after: before, change: 0, attemptBefore: total, attemptAfter: total });
      continue;
    }
    const marked = markItem({ question: corrected, maxMark: target.maxMark, answer: target.answer });
    const after = { mark: marked.mark, fraction: marked.fraction, state: marked.state };
    const newScore = attemptScore(attempt.items.map((item) => (item === target ? { ...scored(item), fraction: marked.fraction } : scored(item))));
    const change = target.dropped ? 0 : round4((marked.mark ?? 0) - (target.mark ?? 0));
    const same = marked.mark === target.mark && marked.state === target.state;
    rows.push({
      ...base,
      outcome: same ? "unchanged" : "changes",
      after,
      change,
      attemptBefore: total,
      attemptAfter: totalOf(newScore),
    });
  }
  return rows;
}

export function summarisePlan(rows: readonly RegradeRow[]) {
  const count = (outcome: RegradeOutcome) => rows.filter((row) => row.outcome === outcome).length;
  return { changes: count("changes"), unchanged: count("unchanged"), kept: count("kept"), inProgress: count("in_progress") };
}

function scored(item: ItemForRegrade) {
  return { maxMark: item.maxMark, fraction: item.fraction, dropped: item.dropped };
}

/** No total while an answer awaits grading, as the attempt page shows it. */
function totalOf(score: { sumMarks: number | null; needsGrading: boolean }) {
  return score.needsGrading || score.sumMarks === null ? null : round4(score.sumMarks);
}

function round4(value: number) {
  return Math.round(value * 1e4) / 1e4;
}
