import type { QuizStatistics } from "./types";

/**
 * The test statistics Moodle computes on attempt totals (`quiz_statistics\calculator::calculate`),
 * including its order of conditions: skewness, kurtosis and the internal-consistency figures all
 * need s > 2; kurtosis also s > 3; none is defined when the totals do not vary.
 */

export type TestStatistics = Pick<
  QuizStatistics,
  | "s"
  | "mean"
  | "median"
  | "standardDeviation"
  | "skewness"
  | "kurtosis"
  | "coefficientOfInternalConsistency"
  | "errorRatio"
  | "standardError"
>;

/**
 * @param totals the stored totals of the attempts analysed, in marks
 * @param questionCount p, the number of slots (description items excluded)
 * @param sumOfMarkVariance Σ over slots of the mark variance, from the question statistics
 */
export function testStatistics(totals: ArrayLike<number>, questionCount: number, sumOfMarkVariance: number): TestStatistics {
  const s = totals.length;
  const result: TestStatistics = {
    s,
    mean: null,
    median: null,
    standardDeviation: null,
    skewness: null,
    kurtosis: null,
    coefficientOfInternalConsistency: null,
    errorRatio: null,
    standardError: null,
  };
  if (s === 0) return result;

  const sorted = Float64Array.from(totals).sort();
  let sum = 0;
  for (let i = 0; i < s; i++) sum += sorted[i]!;
  // Exactly the common value when the totals are all equal, so that their deviations are exactly 0.
  const mean = sorted[0] === sorted[s - 1] ? sorted[0]! : sum / s;
  result.mean = mean;
  result.median = s % 2 === 0 ? (sorted[s / 2 - 1]! + sorted[s / 2]!) / 2 : sorted[(s - 1) / 2]!;
  if (s < 2) return result;

  let power2 = 0;
  let power3 = 0;
  let power4 = 0;
  for (let i = 0; i < s; i++) {
    const d = sorted[i]! - mean;
    const d2 = d * d;
    power2 += d2;
    power3 += d2 * d;
    power4 += d2 * d2;
  }
  const sd = Math.sqrt(power2 / (s - 1));
  result.standardDeviation = sd;
  if (s < 3 || power2 === 0) return result;

  const m2 = power2 / s;
  const m3 = power3 / s;
  const m4 = power4 / s;
  const k2 = (s * m2) / (s - 1);
  const k3 = (s * s * m3) / ((s - 1) * (s - 2));
  result.skewness = k3 / Math.pow(k2, 3 / 2);
  if (s > 3) {
    const k4 = (s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2)) / ((s - 1) * (s - 2) * (s - 3));
    result.kurtosis = k4 / (k2 * k2);
  }
  if (questionCount > 1) {
    const cic = ((100 * questionCount) / (questionCount - 1)) * (1 - sumOfMarkVariance / k2);
    const errorRatio = 100 * Math.sqrt(1 - cic / 100);
    result.coefficientOfInternalConsistency = cic;
    // Moodle stores the NaN of a coefficient above 100 as NULL.
    result.errorRatio = Number.isNaN(errorRatio) ? null : errorRatio;
    result.standardError = result.errorRatio === null ? null : (result.errorRatio * sd) / 100;
  }
  return result;
}

/** A mark as Moodle shows mean, median, SD and SE: a percentage of the quiz's total marks. */
export function percentOfMax(marks: number | null, sumGrades: number): number | null {
  return marks === null || sumGrades === 0 ? null : (marks * 100) / sumGrades;
}
