/**
 * Display order. An attempt shows options and items in an order drawn from a seed (the attempt and
 * question ids, say), so the order survives reloads and can be rebuilt for review. Not for anything
 * secret: 32 bits of state is plenty for shuffling four options and far too little for tokens.
 */

import { seededRandom } from "../attempts/seeded-random";

/** A Fisher–Yates shuffle driven by the seed: a new array, the same one for the same seed and items. */
export function shuffleWith<T>(seed: string, items: readonly T[]): T[] {
  const random = seededRandom(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/**
 * Puts `ids` in the display `order`: ids the order names come first, in its order; unknown and
 * repeated entries are dropped; ids it leaves out follow in their own order. A stale or tampered
 * order still shows every option exactly once.
 */
export function arrange(ids: readonly string[], order: readonly string[]): string[] {
  const known = new Set(ids);
  const placed = new Set<string>();
  for (const id of order) if (known.has(id)) placed.add(id);
  return [...placed, ...ids.filter((id) => !placed.has(id))];
}

/**
 * Ids for texts that give nothing away: `prefix` + the text's rank in code-point order (ties by
 * position). A learner already sees the texts, so their alphabetical rank tells nothing, whereas
 * ids numbered in the correct order (i1, i2 …) would reveal an ordering question's answer.
 */
export function opaqueIds(prefix: string, texts: readonly string[]): string[] {
  const ranked = texts.map((text, index) => ({ text, index })).sort((a, b) => compareText(a.text, b.text) || a.index - b.index);
  const ids: string[] = new Array<string>(texts.length);
  ranked.forEach((entry, rank) => (ids[entry.index] = `${prefix}${rank + 1}`));
  return ids;
}

/** Locale-free, so every server and browser agrees. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
