import { itemStatistics } from "./item-statistics";
import type { AttemptInput, DrawnQuestionStatistics, SlotInput, SlotStatistics, VariantStatistics } from "./types";

/**
 * Per-slot, per-variant and per-drawn-question statistics for a set of attempts that has already
 * been chosen (see attempt-selection.ts). The marks are copied once into one typed array, a column
 * per slot, so each statistic is a pass over contiguous numbers.
 *
 * As in Moodle, the total an item is compared with is the sum of the attempt's slot marks (not the
 * stored total), effective weights are shared out among the slots only, and a question drawn by a
 * random slot is compared with the whole total rather than the rest of the test.
 */

export interface QuestionStatisticsResult {
  slots: SlotStatistics[];
  drawnQuestions: DrawnQuestionStatistics[];
  /** Σ over slots of the mark variance (marks²): the numerator of the internal-consistency coefficient. */
  sumOfMarkVariance: number;
}

export function computeQuestionStatistics(
  slots: readonly SlotInput[],
  attempts: readonly AttemptInput[],
  drawnQuestionGuessScores: Readonly<Record<string, number | null>> = {},
): QuestionStatisticsResult {
  const p = slots.length;
  const s = attempts.length;
  const columns = new Float64Array(p * s);
  const totals = new Float64Array(s);
  for (let i = 0; i < s; i++) {
    const marks = attempts[i]!.marks;
    if (marks.length !== p) throw new Error(`attempt ${i} has ${marks.length} marks for ${p} slots`);
    let total = 0;
    for (let j = 0; j < p; j++) {
      const mark = marks[j]!;
      columns[j * s + i] = mark;
      total += mark;
    }
    totals[i] = total;
  }
  const sumGrades = slots.reduce((sum, slot) => sum + slot.maxMark, 0);
  const rest = new Float64Array(s);

  const slotStats: SlotStatistics[] = slots.map((slot, j) => {
    const x = columns.subarray(j * s, (j + 1) * s);
    for (let i = 0; i < s; i++) rest[i] = totals[i]! - x[i]!;
    const stats = itemStatistics(x, rest, totals, slot.maxMark, slot.random ? null : (slot.randomGuessScore ?? null));
    return {
      ...stats,
      slot: slot.slot,
      random: slot.random === true,
      intendedWeight: sumGrades !== 0 ? (100 * slot.maxMark) / sumGrades : null,
      effectiveWeight: null,
      negativeCovariance: stats.covarianceWithOverallMark !== null && stats.covarianceWithOverallMark < 0,
      variants: slot.random ? [] : variantStatistics(slot, j, attempts, columns, totals),
    };
  });

  let sumOfMarkVariance = 0;
  let sumOfRootCovariance = 0;
  for (const stats of slotStats) {
    sumOfMarkVariance += stats.markVariance ?? 0;
    if (!stats.negativeCovariance) sumOfRootCovariance += Math.sqrt(stats.covarianceWithOverallMark ?? 0);
  }
  for (const stats of slotStats) {
    if (sumOfRootCovariance === 0 || stats.negativeCovariance) continue;
    stats.effectiveWeight = (100 * Math.sqrt(stats.covarianceWithOverallMark ?? 0)) / sumOfRootCovariance;
  }

  return {
    slots: slotStats,
    drawnQuestions: drawnQuestionStatistics(slots, attempts, columns, totals, drawnQuestionGuessScores),
    sumOfMarkVariance,
  };
}

/** Gathers the rows `indexes` of one slot's column, with the rest of the test and the totals. */
function gather(indexes: readonly number[], column: Float64Array, totals: Float64Array) {
  const n = indexes.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const t = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = indexes[k]!;
    x[k] = column[i]!;
    t[k] = totals[i]!;
    y[k] = totals[i]! - column[i]!;
  }
  return { x, y, t };
}

// Moodle breaks a slot down by variant only when some variant other than the default (1) was seen.
function variantStatistics(
  slot: SlotInput,
  j: number,
  attempts: readonly AttemptInput[],
  columns: Float64Array,
  totals: Float64Array,
): VariantStatistics[] {
  const s = attempts.length;
  const byVariant = new Map<number, number[]>();
  for (let i = 0; i < s; i++) {
    const variant = attempts[i]!.variants?.[j];
    if (variant === null || variant === undefined) continue;
    const rows = byVariant.get(variant);
    if (rows) rows.push(i);
    else byVariant.set(variant, [i]);
  }
  if (byVariant.size === 0 || (byVariant.size === 1 && byVariant.has(1))) return [];
  const column = columns.subarray(j * s, (j + 1) * s);
  return [...byVariant.keys()]
    .sort((a, b) => a - b)
    .map((variant) => {
      const { x, y, t } = gather(byVariant.get(variant)!, column, totals);
      return { variant, ...itemStatistics(x, y, t, slot.maxMark, slot.randomGuessScore ?? null) };
    });
}

function drawnQuestionStatistics(
  slots: readonly SlotInput[],
  attempts: readonly AttemptInput[],
  columns: Float64Array,
  totals: Float64Array,
  guessScores: Readonly<Record<string, number | null>>,
): DrawnQuestionStatistics[] {
  const s = attempts.length;
  const drawn = new Map<string, { cells: number[]; slots: Set<number>; maxMark: number; differentWeights: boolean }>();
  slots.forEach((slot, j) => {
    if (!slot.random) return;
    for (let i = 0; i < s; i++) {
      const questionId = attempts[i]!.questionIds?.[j];
      if (!questionId) continue;
      let entry = drawn.get(questionId);
      if (!entry) {
        entry = { cells: [], slots: new Set(), maxMark: slot.maxMark, differentWeights: false };
        drawn.set(questionId, entry);
      } else if (entry.maxMark !== slot.maxMark) {
        entry.differentWeights = true;
      }
      entry.cells.push(j * s + i);
      entry.slots.add(slot.slot);
    }
  });
  return [...drawn].map(([questionId, entry]) => {
    const n = entry.cells.length;
    const x = new Float64Array(n);
    const t = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const cell = entry.cells[k]!;
      x[k] = columns[cell]!;
      t[k] = totals[cell % s]!;
    }
    return {
      questionId,
      slots: [...entry.slots].sort((a, b) => a - b),
      differentWeights: entry.differentWeights,
      ...itemStatistics(x, t, t, entry.maxMark, guessScores[questionId] ?? null),
    };
  });
}
