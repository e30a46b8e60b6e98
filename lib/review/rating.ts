import { Rating, type Grade } from "ts-fsrs";

/**
 * FSRS expects a learner's own rating of how hard recall felt; we only have a graded answer, so the
 * mapping must claim no more than the grade shows:
 * - below half credit: the answer was not recalled (Again);
 * - partial credit: recalled with gaps (Hard; SuperMemo's "Pass" grade reads "recalled with
 *   difficulty; perhaps, slightly incorrect");
 * - full credit: recalled (Good).
 * Never Easy: a grade cannot tell an effortless answer from a laboured one, and Easy inflates the
 * first interval from 3 days to 8 with the default weights. Pass/fail FSRS setups likewise use
 * Good for a correct answer. Hard still counts as recalled, but grows the interval less than Good.
 */
export function ratingFromFraction(fraction: number): Grade {
  if (!Number.isFinite(fraction) || fraction < 0.5) return Rating.Again;
  // Fractions are stored with 7 decimals, so 3 × 1/3 may come back as 0.9999999.
  if (fraction < 1 - 1e-6) return Rating.Hard;
  return Rating.Good;
}
