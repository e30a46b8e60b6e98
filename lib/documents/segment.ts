import { countWords } from "./plain-text";
import { cosine, termCounts } from "./terms";

/**
 * Topic segmentation for text without headings, after Hearst's TextTiling (1997): where the
 * vocabulary of the paragraphs before a gap and after it overlaps least, the topic has most likely
 * changed. Each gap between paragraphs gets a similarity (cosine of content-word counts in a window
 * either side) and a depth (how far it sinks below the nearest peaks on both sides). Cuts are then
 * chosen by dynamic programming: as many deep valleys as possible, while every section stays
 * between `minWords` and `maxWords` (a section may only break a bound when one paragraph does).
 */

export interface SegmentOptions {
  minWords: number;
  maxWords: number;
  /** Words each comparison window aims to hold; windows are whole paragraphs, 1 to 4 of them. */
  windowWords: number;
}

export const defaultSegmentOptions: SegmentOptions = { minWords: 150, maxWords: 700, windowWords: 120 };

type Counts = Map<string, number>;

function merge(counts: readonly Counts[]): Counts {
  const total: Counts = new Map();
  for (const count of counts) for (const [key, n] of count) total.set(key, (total.get(key) ?? 0) + n);
  return total;
}

/** similarity[g] compares the window ending before paragraph g with the one starting at it (g ≥ 1). */
export function gapSimilarities(paragraphs: readonly string[], windowWords = defaultSegmentOptions.windowWords): number[] {
  const counts = paragraphs.map(termCounts);
  const average = paragraphs.reduce((sum, p) => sum + countWords(p), 0) / Math.max(1, paragraphs.length);
  const size = Math.min(4, Math.max(1, Math.round(windowWords / Math.max(1, average))));
  return paragraphs.map((_, gap) => (gap === 0 ? 0 : cosine(merge(counts.slice(Math.max(0, gap - size), gap)), merge(counts.slice(gap, gap + size)))));
}

/**
 * depth[g]: the climb from gap g to the highest similarity reachable uphill on each side. The
 * peak uphill to the left of g is the one of g-1 whenever g-1 is no lower, so one pass each way
 * finds every peak (a text of identical paragraphs would make a naive climb quadratic).
 */
export function depthScores(similarities: readonly number[]): number[] {
  const n = similarities.length;
  const leftPeak = [...similarities];
  for (let gap = 2; gap < n; gap++) if (similarities[gap - 1]! >= similarities[gap]!) leftPeak[gap] = leftPeak[gap - 1]!;
  const rightPeak = [...similarities];
  for (let gap = n - 2; gap >= 1; gap--) if (similarities[gap + 1]! >= similarities[gap]!) rightPeak[gap] = rightPeak[gap + 1]!;
  return similarities.map((value, gap) => (gap === 0 ? 0 : leftPeak[gap]! - value + (rightPeak[gap]! - value)));
}

/** Cost of a section's length: zero inside the bounds, growing with the distance outside them. */
function lengthCost(words: number, { minWords, maxWords }: SegmentOptions): number {
  if (words < minWords) return (10 * (minWords - words)) / minWords;
  if (words > maxWords) return (10 * (words - maxWords)) / maxWords;
  return 0;
}

/** The index of the first paragraph of each section; always starts with 0. */
export function segmentParagraphs(paragraphs: readonly string[], options: SegmentOptions = defaultSegmentOptions): number[] {
  const n = paragraphs.length;
  if (n <= 1) return [0];
  const depth = depthScores(gapSimilarities(paragraphs, options.windowWords));
  const inner = depth.slice(1);
  const mean = inner.reduce((sum, d) => sum + d, 0) / inner.length;
  const sd = Math.sqrt(inner.reduce((sum, d) => sum + (d - mean) ** 2, 0) / inner.length);
  // A cut pays off only at a valley clearly deeper than usual (Hearst's cut-off, made stricter).
  const gain = (gap: number) => depth[gap]! - (mean + sd / 2);

  const prefix = [0];
  for (const paragraph of paragraphs) prefix.push(prefix.at(-1)! + countWords(paragraph));
  const best: number[] = [0];
  const from: number[] = [0];
  for (let end = 1; end <= n; end++) {
    best[end] = -Infinity;
    for (let start = end - 1; start >= 0; start--) {
      const words = prefix[end]! - prefix[start]!;
      if (words > options.maxWords && start < end - 1) break;
      const score = best[start]! - lengthCost(words, options) + (end < n ? gain(end) : 0);
      if (score > best[end]!) {
        best[end] = score;
        from[end] = start;
      }
    }
  }

  const starts: number[] = [];
  for (let end = n; end > 0; end = from[end]!) starts.unshift(from[end]!);
  return starts;
}
