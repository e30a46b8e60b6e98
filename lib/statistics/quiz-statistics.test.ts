import { describe, expect, it } from "vitest";
import { percentOfMax, testStatistics } from "./quiz-statistics";

describe("testStatistics", () => {
  // Worked by hand: totals 3, 0, 2, 3; two slots whose mark variances sum to 0.25 + 11/12.
  const stats = testStatistics([3, 0, 2, 3], 2, 0.25 + 11 / 12);

  it("computes mean, median and the sample standard deviation", () => {
    expect(stats).toMatchObject({ s: 4, mean: 2, median: 2.5 });
    expect(stats.standardDeviation).toBeCloseTo(Math.SQRT2, 12);
  });

  it("computes skewness and kurtosis from the k-statistics", () => {
    expect(stats.skewness).toBeCloseTo(-Math.SQRT2, 12);
    expect(stats.kurtosis).toBeCloseTo(1.5, 12);
  });

  it("computes the coefficient of internal consistency, error ratio and standard error", () => {
    expect(stats.coefficientOfInternalConsistency).toBeCloseTo(250 / 3, 10);
    expect(stats.errorRatio).toBeCloseTo(100 * Math.sqrt(1 / 6), 10);
    expect(stats.standardError).toBeCloseTo(Math.sqrt(1 / 6) * Math.SQRT2, 10);
  });

  it("lets the coefficient go negative, and the error ratio above 100, without clamping", () => {
    const inconsistent = testStatistics([3, 0, 2, 3], 2, 3);
    expect(inconsistent.coefficientOfInternalConsistency).toBeCloseTo(-100, 10);
    expect(inconsistent.errorRatio).toBeCloseTo(100 * Math.SQRT2, 10);
  });

  it("stores an error ratio that is not a number as null", () => {
    const impossible = testStatistics([3, 0, 2, 3], 2, -1);
    expect(impossible.coefficientOfInternalConsistency).toBeGreaterThan(100);
    expect(impossible).toMatchObject({ errorRatio: null, standardError: null });
  });

  it("needs two attempts for a spread, three for skewness and consistency, four for kurtosis", () => {
    expect(testStatistics([], 2, 0)).toMatchObject({ s: 0, mean: null, median: null, standardDeviation: null });
    expect(testStatistics([4], 2, 0)).toMatchObject({ mean: 4, median: 4, standardDeviation: null, skewness: null });
    const two = testStatistics([1, 3], 2, 0.5);
    expect(two).toMatchObject({ median: 2, skewness: null, coefficientOfInternalConsistency: null });
    expect(two.standardDeviation).toBeCloseTo(Math.SQRT2, 12);
    const three = testStatistics([1, 2, 6], 2, 0.5);
    expect(three.skewness).not.toBeNull();
    expect(three.coefficientOfInternalConsistency).not.toBeNull();
    expect(three.kurtosis).toBeNull();
  });

  it("leaves shape and consistency empty when every total is the same, and needs two questions", () => {
    expect(testStatistics([0.1 + 0.2, 0.1 + 0.2, 0.1 + 0.2, 0.1 + 0.2], 3, 0)).toMatchObject({
      standardDeviation: 0,
      skewness: null,
      kurtosis: null,
      coefficientOfInternalConsistency: null,
    });
    expect(testStatistics([3, 0, 2, 3], 1, 0.5).coefficientOfInternalConsistency).toBeNull();
  });
});

describe("percentOfMax", () => {
  it("shows marks as a percentage of the quiz's total marks", () => {
    expect(percentOfMax(4.5, 7)).toBeCloseTo(64.2857142857, 8);
    expect(percentOfMax(null, 7)).toBeNull();
    expect(percentOfMax(3, 0)).toBeNull();
  });
});
