/** How the statistics page writes numbers: percentages with two decimals, as Moodle's report does. */

export function formatPercent(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "–" : `${value.toFixed(digits)}%`;
}

export function formatNumber(value: number | null | undefined, digits = 4): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(digits);
}

/** A fraction 0–1 as a percentage. */
export const fractionPercent = (value: number | null | undefined) => formatPercent(value === null || value === undefined ? value : value * 100);

export const whichAttemptsLabels = {
  first: "First attempt of each learner",
  last: "Last attempt of each learner",
  highest: "Highest-graded attempt of each learner",
  all: "All attempts",
} as const;
