import type { GradingMethod } from "../attempts/grading-method";
import type { WhichAttempts } from "./types";

/**
 * Which attempts the statistics are computed on, by Moodle's rules (`quiz_statistics_attempts_sql`
 * and `quiz_report_grade_method_sql`): an attempt counts only when it is finished, not a preview
 * and graded. "First", "last" and "highest" then pick one attempt per learner among their finished
 * attempts, and if the one picked is not graded yet, that learner has no attempt in the set.
 */

export interface SelectableAttempt {
  userId: string;
  attemptNumber: number;
  sumMarks: number | null;
  finished?: boolean;
  preview?: boolean;
}

/** Moodle's default for the report: the quiz's grading method, with "average" meaning every attempt. */
export function whichAttemptsForGradingMethod(method: GradingMethod): WhichAttempts {
  return method === "average" ? "all" : method;
}

const counts = (attempt: SelectableAttempt) => attempt.finished !== false && attempt.preview !== true && attempt.sumMarks !== null;

/**
 * Indexes into `attempts` of the attempts that count, in input order, for every choice at once:
 * one pass over the attempts and one over the learners.
 */
export function selectAttemptsAll(attempts: readonly SelectableAttempt[]): Record<WhichAttempts, number[]> {
  const byUser = new Map<string, { first: number; last: number; highest: number }>();
  const all: number[] = [];
  for (let index = 0; index < attempts.length; index++) {
    const attempt = attempts[index]!;
    if (attempt.finished === false) continue;
    if (counts(attempt)) all.push(index);
    const seen = byUser.get(attempt.userId);
    if (!seen) {
      byUser.set(attempt.userId, { first: index, last: index, highest: index });
      continue;
    }
    if (attempt.attemptNumber < attempts[seen.first]!.attemptNumber) seen.first = index;
    if (attempt.attemptNumber > attempts[seen.last]!.attemptNumber) seen.last = index;
    if (beats(attempt, attempts[seen.highest]!)) seen.highest = index;
  }
  const pick = (key: "first" | "last" | "highest") => {
    const chosen: number[] = [];
    for (const seen of byUser.values()) if (counts(attempts[seen[key]]!)) chosen.push(seen[key]);
    return chosen.sort((a, b) => a - b);
  };
  return { all, first: pick("first"), last: pick("last"), highest: pick("highest") };
}

/** Indexes into `attempts` of the attempts that count for one choice, in input order. */
export function selectAttempts(attempts: readonly SelectableAttempt[], which: WhichAttempts): number[] {
  return selectAttemptsAll(attempts)[which];
}

// Moodle compares COALESCE(sumgrades, 0), so an ungraded attempt ranks as a zero; ties go to the earlier attempt.
function beats(a: SelectableAttempt, b: SelectableAttempt): boolean {
  const difference = (a.sumMarks ?? 0) - (b.sumMarks ?? 0);
  return difference > 0 || (difference === 0 && a.attemptNumber < b.attemptNumber);
}
