import { describe, expect, it } from "vitest";
import { randomIndex, seededRandom } from "./seeded-random";

const take = (random: () => number, count: number) => Array.from({ length: count }, random);

describe("seeded random", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    expect(take(seededRandom("attempt-1"), 5)).toEqual(take(seededRandom("attempt-1"), 5));
    expect(take(seededRandom("attempt-1"), 5)).not.toEqual(take(seededRandom("attempt-2"), 5));
    expect(take(seededRandom(7), 5)).toEqual(take(seededRandom("7"), 5));
  });

  it("stays in [0, 1) and spreads over the range", () => {
    const values = take(seededRandom("spread"), 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = [0, 0, 0, 0];
    for (const value of values) buckets[randomIndex(() => value, 4)]! += 1;
    for (const count of buckets) expect(count).toBeGreaterThan(2200);
  });
});
