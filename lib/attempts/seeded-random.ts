/**
 * A small seeded generator, so an attempt's random draw can be reproduced from its seed (to rebuild
 * or audit it) and tests are deterministic. Not for anything secret: 32 bits of state is plenty for
 * picking questions and far too little for tokens.
 */

/** FNV-1a: spreads similar seeds (consecutive ids, uuids sharing a prefix) over the 32-bit space. */
function hashSeed(seed: string | number): number {
  let hash = 0x811c9dc5;
  for (const char of String(seed)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mulberry32 (Tommy Ettinger): uniform floats in [0, 1), same sequence for the same seed. */
export function seededRandom(seed: string | number): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An index in [0, length). */
export function randomIndex(random: () => number, length: number): number {
  return Math.min(length - 1, Math.floor(random() * length));
}
