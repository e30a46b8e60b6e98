/**
 * Scores for one attempt and the learner's grade across attempts, as Moodle's quiz computes them
 * (`quiz_calculate_best_grade`, `sumgrades`). Everything is a fraction of the maximum so attempts
 * stay comparable even when an instructor has removed a question from some of them.
 */

export const gradingMethods = ["highest", "average", "first", "last"] as const;
export type GradingMethod = (typeof gradingMethods)[number];

export interface GradedAttempt {
  number: number;
  /** null while the attempt is in progress: it does not count yet. */
  submittedAt: Date | null;
  /** null while a response awaits manual grading. */
  fraction: number | null;
}

/** The learner's grade for the quiz as a fraction, or null when nothing can be said yet. */
export function quizGrade(method: GradingMethod, attempts: readonly GradedAttempt[]): number | null {
  const finished = attempts.filter((attempt) => attempt.submittedAt !== null).toSorted((a, b) => a.number - b.number);
  const graded = finished.flatMap((attempt) => (attempt.fraction === null ? [] : [attempt.fraction]));
  switch (method) {
    case "highest":
      return graded.length === 0 ? null : Math.max(...graded);
    case "average":
      return graded.length === 0 ? null : graded.reduce((sum, fraction) => sum + fraction, 0) / graded.length;
    // Not "first graded": a later attempt must not stand in for the first one while it is marked.
    case "first":
      return finished[0]?.fraction ?? null;
    case "last":
      return finished.at(-1)?.fraction ?? null;
  }
}

export interface ScoredItem {
  maxMark: number;
  /** null while awaiting manual grading. */
  fraction: number | null;
  /** An instructor's decision to drop the question: credit everyone, or leave it out entirely. */
  dropped?: "full_marks" | "removed" | null;
}

export interface AttemptScore {
  /** null while any item awaits grading, as Moodle leaves `sumgrades` empty until all are marked. */
  sumMarks: number | null;
  maxMarks: number;
  fraction: number | null;
  needsGrading: boolean;
}

export function attemptScore(items: readonly ScoredItem[]): AttemptScore {
  const counted = items.filter((item) => item.dropped !== "removed");
  const maxMarks = counted.reduce((sum, item) => sum + item.maxMark, 0);
  const needsGrading = counted.some((item) => item.dropped !== "full_marks" && item.fraction === null);
  if (needsGrading) return { sumMarks: null, maxMarks, fraction: null, needsGrading };
  const sumMarks = counted.reduce((sum, item) => sum + item.maxMark * (item.dropped === "full_marks" ? 1 : (item.fraction ?? 0)), 0);
  // Moodle rescales a quiz worth 0 marks to a grade of 0 rather than dividing by zero.
  return { sumMarks, maxMarks, fraction: maxMarks === 0 ? 0 : sumMarks / maxMarks, needsGrading };
}
