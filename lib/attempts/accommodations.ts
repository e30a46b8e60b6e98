/**
 * The rules one learner actually works under: the quiz's settings adjusted by their accommodation.
 * An accommodation only ever relaxes the rules (more time, more attempts, a later close), so values
 * that would tighten them are ignored rather than trusted.
 */

export interface QuizRules {
  timeLimitSeconds: number | null;
  opensAt: Date | null;
  closesAt: Date | null;
  /** null = unlimited. */
  attemptsAllowed: number | null;
}

export interface Accommodation {
  timeMultiplier: number | null;
  extraSeconds: number | null;
  extraAttempts: number | null;
  closesAt: Date | null;
}

export type EffectiveRules = QuizRules;

export function effectiveRules({ quiz, accommodation }: { quiz: QuizRules; accommodation?: Accommodation | null }): EffectiveRules {
  return {
    timeLimitSeconds: effectiveTimeLimit(quiz.timeLimitSeconds, accommodation),
    opensAt: quiz.opensAt,
    closesAt: laterClose(quiz.closesAt, accommodation?.closesAt ?? null),
    attemptsAllowed: quiz.attemptsAllowed === null ? null : quiz.attemptsAllowed + nonNegative(accommodation?.extraAttempts),
  };
}

/**
 * Extra time scales a limit; it does not create one. An untimed quiz (no limit, or 0 as Moodle
 * spells "no limit") stays untimed. Rounded up so the learner never loses a fraction of a second.
 */
function effectiveTimeLimit(limit: number | null, accommodation: Accommodation | null | undefined): number | null {
  if (limit === null || limit <= 0) return null;
  const multiplier = Math.max(1, accommodation?.timeMultiplier ?? 1);
  return Math.ceil(limit * multiplier) + nonNegative(accommodation?.extraSeconds);
}

/** A quiz without a close time never closes, and no accommodation can change that. */
function laterClose(quizClose: Date | null, accommodationClose: Date | null): Date | null {
  if (quizClose === null) return null;
  if (accommodationClose === null) return quizClose;
  return accommodationClose > quizClose ? accommodationClose : quizClose;
}

function nonNegative(value: number | null | undefined): number {
  return Math.max(0, value ?? 0);
}

/**
 * Accommodations are stored course-wide (quizId null) and per quiz; a row for this quiz replaces the
 * course-wide one as a whole, so an instructor reads one row to know what applies.
 */
export function applicableAccommodation<T extends { quizId: string | null }>(rows: readonly T[], quizId: string): T | null {
  return rows.find((row) => row.quizId === quizId) ?? rows.find((row) => row.quizId === null) ?? null;
}
