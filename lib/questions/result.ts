/** What grading one response gives. `grade` functions return these and never throw. */

export interface Feedback {
  /** Full marks. */
  correct: boolean;
  /** The feedback attached to the answer given (the chosen option, the matched accepted answer …). */
  answerFeedback?: string;
  /** Choice questions: every option, whether it was chosen and whether it earns credit; feedback for the chosen ones. */
  perOption?: Record<string, { chosen: boolean; right: boolean; feedback?: string }>;
  /** Matching: prompt id → whether its answer is right. */
  perPair?: Record<string, boolean>;
  /** Ordering: item id → whether it is in its correct position. */
  perItem?: Record<string, boolean>;
}

export type GradeResult =
  | { status: "graded"; fraction: number; feedback: Feedback }
  | { status: "unanswered" }
  | { status: "needs_grading" }
  | { status: "invalid"; message: string };

export const unanswered = (): GradeResult => ({ status: "unanswered" });
export const needsGrading = (): GradeResult => ({ status: "needs_grading" });
export const invalid = (message: string): GradeResult => ({ status: "invalid", message });

export function graded(fraction: number, feedback: Omit<Feedback, "correct">): GradeResult {
  const settled = settleFraction(fraction);
  return { status: "graded", fraction: settled, feedback: { ...feedback, correct: settled === 1 } };
}

/**
 * Clamps to [0, 1] and rounds to 7 places, the precision the database keeps. Stored option
 * fractions are rounded too (three right options give 0.3333333 each), so a sum within a
 * millionth of 0 or 1 is taken to be exactly that, as Moodle does when it decides "right".
 */
export function settleFraction(fraction: number): number {
  if (!Number.isFinite(fraction)) return 0;
  const clamped = Math.min(1, Math.max(0, fraction));
  if (clamped > 1 - 1e-6) return 1;
  if (clamped < 1e-6) return 0;
  return Math.round(clamped * 1e7) / 1e7;
}
