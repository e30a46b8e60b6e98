import type { ItemStatistics } from "./types";

/**
 * The statistics of one item, as Moodle's question statistics calculator computes them
 * (`initial_steps_walker` … `secondary_question_walker`), from three columns of equal length:
 *
 * - x: the mark on the item in each attempt;
 * - y: the "other marks" the item is compared with: the rest of the test (total − x) for a slot or
 *   a variant, the whole total for a question drawn by a random slot;
 * - t: the attempt total.
 *
 * Two linear passes plus, for the largest possible covariance, each column in ascending order. All
 * variances and covariances divide by s − 1.
 */
export function itemStatistics(
  x: Float64Array,
  y: Float64Array,
  t: Float64Array,
  maxMark: number,
  randomGuessScore: number | null,
): ItemStatistics {
  const s = x.length;
  const xMean = meanOf(x);
  const yMean = meanOf(y);
  const facility = maxMark !== 0 ? xMean / maxMark : null;
  const base = { s, maxMark, markAverage: xMean, facility, randomGuessScore };
  if (s < 2) {
    return {
      ...base,
      sd: null,
      markVariance: null,
      otherMarkVariance: null,
      covariance: null,
      covarianceMax: null,
      covarianceWithOverallMark: null,
      discriminationIndex: null,
      discriminativeEfficiency: null,
      dubious: false,
    };
  }

  let xx = 0;
  let yy = 0;
  let xy = 0;
  let xt = 0;
  for (let i = 0; i < s; i++) {
    const dx = x[i]! - xMean;
    const dy = y[i]! - yMean;
    xx += dx * dx;
    yy += dy * dy;
    xy += dx * dy;
    // Moodle subtracts a mean of the totals it never accumulates (it stays 0). Harmless: Σdx = 0.
    xt += dx * t[i]!;
  }
  const sortedXy = sortedProductSum(sortedRuns(x), sortedRuns(y), xMean, yMean);

  const markVariance = xx / (s - 1);
  const otherMarkVariance = yy / (s - 1);
  const covariance = xy / (s - 1);
  const covarianceMax = sortedXy / (s - 1);
  const product = markVariance * otherMarkVariance;
  const discriminativeEfficiency = covarianceMax !== 0 ? (100 * covariance) / covarianceMax : null;
  return {
    ...base,
    sd: Math.sqrt(markVariance),
    markVariance,
    otherMarkVariance,
    covariance,
    covarianceMax,
    covarianceWithOverallMark: xt / (s - 1),
    discriminationIndex: product !== 0 ? (100 * covariance) / Math.sqrt(product) : null,
    discriminativeEfficiency,
    dubious: discriminativeEfficiency !== null && discriminativeEfficiency < 15,
  };
}

/**
 * The mean, exactly equal to the values when they are all equal, so that a constant column gives
 * deviations of exactly 0 (and a null discrimination index) rather than rounding noise.
 */
function meanOf(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return 0;
  const first = values[0]!;
  let sum = 0;
  let constant = true;
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    sum += value;
    if (value !== first) constant = false;
  }
  return constant ? first : sum / n;
}

/** Distinct values in ascending order with how often each occurs. */
interface Runs {
  values: Float64Array;
  counts: Float64Array;
}

// Marks and totals take few distinct values, so counting them beats sorting every mark; the sort is the fallback.
const maxCountedValues = 1024;

function sortedRuns(column: Float64Array): Runs {
  const counted = integerRuns(column);
  if (counted) return counted;
  const tally = new Map<number, number>();
  for (let i = 0; i < column.length && tally.size <= maxCountedValues; i++) {
    const value = column[i]!;
    tally.set(value, (tally.get(value) ?? 0) + 1);
  }
  if (tally.size <= maxCountedValues) {
    const values = Float64Array.from(tally.keys()).sort();
    return { values, counts: Float64Array.from(values, (value) => tally.get(value)!) };
  }
  const sorted = column.slice().sort();
  const values: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) counts[counts.length - 1]!++;
    else {
      values.push(sorted[i]!);
      counts.push(1);
    }
  }
  return { values: Float64Array.from(values), counts: Float64Array.from(counts) };
}

/**
 * The runs of a column of whole numbers spanning fewer than `maxCountedValues`, counted in an
 * array indexed by value (whole marks and their totals, the usual case); null for any other
 * column. The same runs as the tally below gives, without hashing every value.
 */
function integerRuns(column: Float64Array): Runs | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < column.length; i++) {
    const value = column[i]!;
    if (!Number.isInteger(value)) return null;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (column.length === 0 || max - min >= maxCountedValues) return null;
  const tally = new Float64Array(max - min + 1);
  for (let i = 0; i < column.length; i++) tally[column[i]! - min]!++;
  const values: number[] = [];
  const counts: number[] = [];
  for (let k = 0; k < tally.length; k++) {
    if (tally[k] === 0) continue;
    values.push(min + k);
    counts.push(tally[k]!);
  }
  return { values: Float64Array.from(values), counts: Float64Array.from(counts) };
}

/** Σ (a₍ₖ₎ − aMean)(b₍ₖ₎ − bMean) with both columns in ascending order, walking their runs side by side. */
function sortedProductSum(a: Runs, b: Runs, aMean: number, bMean: number): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  let leftA = a.counts[0] ?? 0;
  let leftB = b.counts[0] ?? 0;
  while (i < a.values.length && j < b.values.length) {
    const taken = Math.min(leftA, leftB);
    sum += taken * (a.values[i]! - aMean) * (b.values[j]! - bMean);
    leftA -= taken;
    leftB -= taken;
    if (leftA === 0) leftA = a.counts[++i] ?? 0;
    if (leftB === 0) leftB = b.counts[++j] ?? 0;
  }
  return sum;
}
