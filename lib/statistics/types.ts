/**
 * Plain data in and out of the item analysis. The database layer fills the inputs with one query
 * per quiz; nothing here knows about rows, requests or rendering.
 *
 * Units follow what Moodle stores (and what its reference data states), so numbers can be checked
 * against Moodle directly:
 * - marks, mark averages and standard deviations are in marks (not percent);
 * - facility and random guess score are fractions 0–1;
 * - intended weight, effective weight, discrimination index, discriminative efficiency, the
 *   coefficient of internal consistency and the error ratio are percentages (0–100; the
 *   discrimination index runs from −100 to 100).
 * Use `percentOfMax` (quiz-statistics.ts) to show a mark as Moodle shows it: a percentage of the
 * quiz's total marks.
 */

export const whichAttemptsValues = ["all", "first", "last", "highest"] as const;
/** Which attempts of each learner count: Moodle's report option, defaulting to the grading method. */
export type WhichAttempts = (typeof whichAttemptsValues)[number];

export interface SlotInput {
  /** The position shown to instructors (Moodle's slot number). */
  slot: number;
  maxMark: number;
  /** The slot draws its question at random; its drawn questions get statistics of their own. */
  random?: boolean;
  /** Fraction 0–1 a learner would score by guessing, or null when it cannot be said (see random-guess.ts). Ignored for random slots, as in Moodle. */
  randomGuessScore?: number | null;
}

export interface AttemptInput {
  userId: string;
  attemptNumber: number;
  /** The attempt's stored total (Moodle's `quiz_attempts.sumgrades`); null while anything awaits grading. */
  sumMarks: number | null;
  /** Defaults to true. Unfinished attempts are ignored entirely, also when deciding which attempt was first or last. */
  finished?: boolean;
  /** Instructor previews never count. */
  preview?: boolean;
  /** The mark on each slot, in the order of `slots`. A Float64Array is fine. */
  marks: ArrayLike<number>;
  /** Which question each slot showed, by slot order; read only for random slots. */
  questionIds?: ArrayLike<string | null | undefined>;
  /** Which variant each slot showed, by slot order, for questions that come in variants. */
  variants?: ArrayLike<number | null | undefined>;
  /** What was answered, by slot order, for the response analysis. */
  responses?: ArrayLike<readonly ResponsePart[] | null | undefined>;
}

/** One part of one response: a choice made, or the text typed into one blank. */
export interface ResponsePart {
  /** Which part of the question (a matching prompt, a Cloze gap); questions with one part use 1. */
  subpart: string | number;
  /**
   * The answer this response was matched to: an option key, a model answer such as "frog" or "*",
   * or a label such as "[No response]". Moodle calls it the model response.
   */
  responseClass: string;
  /** What the learner actually gave (the option text, the typed answer). */
  response: string;
  /** Share of the part's credit this response earns, when known. */
  fraction?: number | null;
  /** For behaviours with several tries: which try this was (1 when omitted). */
  try?: number;
}

export interface ItemAnalysisInput {
  slots: readonly SlotInput[];
  attempts: readonly AttemptInput[];
  /** Defaults to "all", which is also what Moodle uses for the "average" grading method. */
  whichAttempts?: WhichAttempts;
  /** Random guess scores (fractions) of questions drawn by random slots, by question id. */
  drawnQuestionGuessScores?: Readonly<Record<string, number | null>>;
}

/** Moodle's per-item statistics (`core_question\statistics\questions\calculated`). */
export interface ItemStatistics {
  /** Number of attempts in which the item was seen. */
  s: number;
  maxMark: number;
  /** Mean mark, in marks. */
  markAverage: number;
  /** Mean mark ÷ max mark, a fraction 0–1; null when the max mark is 0. */
  facility: number | null;
  /** Sample standard deviation of the mark, in marks; null when s < 2. Moodle shows sd ÷ max mark as a percentage. */
  sd: number | null;
  /** Sample variances and covariances (divided by s − 1), in marks²; null when s < 2. */
  markVariance: number | null;
  otherMarkVariance: number | null;
  covariance: number | null;
  covarianceMax: number | null;
  covarianceWithOverallMark: number | null;
  /** Correlation of the item's mark with the rest of the test, ×100 (−100 … 100); null when either varies not at all. */
  discriminationIndex: number | null;
  /** Covariance as a percentage of the largest covariance these marks could have; null when that is 0. */
  discriminativeEfficiency: number | null;
  /** Fraction 0–1, or null when it cannot be said. */
  randomGuessScore: number | null;
  /** Moodle's "dubious" highlight: discriminative efficiency below 15%. */
  dubious: boolean;
}

export interface VariantStatistics extends ItemStatistics {
  variant: number;
}

export interface SlotStatistics extends ItemStatistics {
  slot: number;
  random: boolean;
  /** 100 × max mark ÷ the quiz's total marks (percent). */
  intendedWeight: number | null;
  /** Share of the spread of totals this slot accounts for (percent); null when its covariance with the total is negative. */
  effectiveWeight: number | null;
  /** The covariance with the total was negative (Moodle shows "Negative covariance" instead of a weight). */
  negativeCovariance: boolean;
  /** Per variant, only when the slot's question came in more than one variant. */
  variants: VariantStatistics[];
}

/** A question drawn by random slots. Its "other marks" are the whole total, the item included, as in Moodle. */
export interface DrawnQuestionStatistics extends ItemStatistics {
  questionId: string;
  /** The slots it was drawn in. */
  slots: number[];
  /** It was drawn into slots with different max marks; `maxMark` is the first one seen. */
  differentWeights: boolean;
}

export interface AttemptSummary {
  count: number;
  /** Mean total, in marks; null without attempts. */
  mean: number | null;
}

/** Moodle's test statistics (`quiz_statistics\calculated`), all on attempt totals. */
export interface QuizStatistics {
  whichAttempts: WhichAttempts;
  /** Count and mean for each choice of attempts, as Moodle lists them at the top of the report. */
  attempts: Record<WhichAttempts, AttemptSummary>;
  /** The quiz's total marks (sum of slot max marks). */
  sumGrades: number;
  /** Number of slots (p in the formulas). */
  questionCount: number;
  /** Number of attempts analysed (S). */
  s: number;
  /** In marks; null without attempts. */
  mean: number | null;
  median: number | null;
  /** Sample standard deviation, in marks; null when s < 2. */
  standardDeviation: number | null;
  /** Unitless; null when s < 3 or the totals do not vary. */
  skewness: number | null;
  /** Excess kurtosis, unitless; null when s < 4 or the totals do not vary. */
  kurtosis: number | null;
  /** Cronbach's alpha in percent; can be negative. Null when s < 3, p < 2 or the totals do not vary. */
  coefficientOfInternalConsistency: number | null;
  /** Percent; null when not computable (also when the coefficient exceeds 100). */
  errorRatio: number | null;
  /** In marks. */
  standardError: number | null;
}
