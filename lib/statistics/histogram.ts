/**
 * A histogram of attempt totals as percentages of the quiz's total marks, in equal bands. Each band
 * includes its lower edge and excludes its upper one, except the last, which also holds full marks
 * (as Moodle's grade bands do). Totals outside 0–max (negative marks, regraded maxima) go into the
 * first or last band rather than being lost.
 */

export interface HistogramBand {
  /** Lower and upper edge, in percent of the total marks. */
  from: number;
  to: number;
  count: number;
}

export function scoreHistogram(totals: ArrayLike<number>, sumGrades: number, bands = 10): HistogramBand[] {
  if (!Number.isInteger(bands) || bands < 1) throw new Error(`bands must be a positive whole number, got ${bands}`);
  const counts = new Uint32Array(bands);
  if (sumGrades > 0) {
    for (let i = 0; i < totals.length; i++) {
      // The small allowance keeps a total that sits on an edge, give or take rounding, in the upper band.
      const band = Math.floor((totals[i]! * bands) / sumGrades + 1e-9);
      counts[Math.min(bands - 1, Math.max(0, band))]!++;
    }
  }
  const width = 100 / bands;
  return Array.from(counts, (count, band) => ({ from: band * width, to: (band + 1) * width, count }));
}
