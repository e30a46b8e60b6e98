import { Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { ratingFromFraction } from "./rating";

describe("rating from a graded answer", () => {
  it("is Again below half credit, Hard for partial credit, Good for full credit, never Easy", () => {
    expect(ratingFromFraction(0)).toBe(Rating.Again);
    expect(ratingFromFraction(0.49)).toBe(Rating.Again);
    expect(ratingFromFraction(0.5)).toBe(Rating.Hard);
    expect(ratingFromFraction(0.99)).toBe(Rating.Hard);
    expect(ratingFromFraction(1)).toBe(Rating.Good);
  });

  it("treats a fraction rounded to 7 decimals as full credit", () => {
    expect(ratingFromFraction(0.9999999)).toBe(Rating.Good);
  });

  it("treats nonsense as not recalled", () => {
    expect(ratingFromFraction(Number.NaN)).toBe(Rating.Again);
    expect(ratingFromFraction(-1)).toBe(Rating.Again);
  });
});
