import { describe, expect, it } from "vitest";
import { scoreHistogram } from "./histogram";

describe("scoreHistogram", () => {
  it("counts totals in equal bands of percent, full marks in the last band", () => {
    const bands = scoreHistogram([0, 0.9, 1, 4.5, 9.99, 10, 5.6], 10, 5);
    expect(bands).toEqual([
      { from: 0, to: 20, count: 3 },
      { from: 20, to: 40, count: 0 },
      { from: 40, to: 60, count: 2 },
      { from: 60, to: 80, count: 0 },
      { from: 80, to: 100, count: 2 },
    ]);
    // 5.6 of 8 is exactly 70%: the lower edge of its band, despite rounding.
    expect(scoreHistogram([5.6], 8).map((band) => band.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
  });

  it("keeps totals outside 0–max in the end bands", () => {
    expect(scoreHistogram([-1, 12], 10, 2).map((band) => band.count)).toEqual([1, 1]);
  });

  it("counts nothing for a quiz worth no marks, and refuses a bad number of bands", () => {
    expect(scoreHistogram([0, 0], 0, 4).map((band) => band.count)).toEqual([0, 0, 0, 0]);
    expect(() => scoreHistogram([1], 10, 0)).toThrow(/bands/);
    expect(() => scoreHistogram([1], 10, 2.5)).toThrow(/bands/);
  });
});
