import { describe, expect, it } from "vitest";
import { itemStatistics } from "./item-statistics";
import { computeQuestionStatistics } from "./question-statistics";
import type { AttemptInput, SlotInput } from "./types";

const attempts = (rows: number[][], extra: (index: number) => Partial<AttemptInput> = () => ({})): AttemptInput[] =>
  rows.map((marks, index) => ({
    userId: `u${index}`,
    attemptNumber: 1,
    sumMarks: marks.reduce((sum, mark) => sum + mark, 0),
    marks,
    ...extra(index),
  }));

describe("computeQuestionStatistics", () => {
  // Worked by hand: totals 3, 0, 2, 3.
  const slots: SlotInput[] = [
    { slot: 1, maxMark: 1, randomGuessScore: 0.25 },
    { slot: 2, maxMark: 2, randomGuessScore: 0 },
  ];
  const result = computeQuestionStatistics(slots, attempts([[1, 2], [0, 0], [1, 1], [1, 2]]));
  const [first, second] = result.slots;

  it("computes facility, variances, covariances, discrimination and efficiency", () => {
    expect(first).toMatchObject({ s: 4, maxMark: 1, markAverage: 0.75, facility: 0.75, randomGuessScore: 0.25, dubious: false });
    expect(first!.markVariance).toBeCloseTo(0.25, 12);
    expect(first!.sd).toBeCloseTo(0.5, 12);
    expect(first!.otherMarkVariance).toBeCloseTo(2.75 / 3, 12);
    expect(first!.covariance).toBeCloseTo(1.25 / 3, 12);
    expect(first!.covarianceMax).toBeCloseTo(1.25 / 3, 12);
    expect(first!.discriminationIndex).toBeCloseTo((100 * 1.25) / Math.sqrt(0.75 * 2.75), 10);
    expect(first!.discriminativeEfficiency).toBeCloseTo(100, 10);
    expect(first!.covarianceWithOverallMark).toBeCloseTo(2 / 3, 12);
    expect(second!.covarianceWithOverallMark).toBeCloseTo(4 / 3, 12);
  });

  it("shares the effective weight by the square roots of the covariances with the total", () => {
    const total = Math.sqrt(2 / 3) + Math.sqrt(4 / 3);
    expect(first!.effectiveWeight).toBeCloseTo((100 * Math.sqrt(2 / 3)) / total, 10);
    expect(second!.effectiveWeight).toBeCloseTo((100 * Math.sqrt(4 / 3)) / total, 10);
    expect(first!.intendedWeight).toBeCloseTo(100 / 3, 10);
    expect(second!.intendedWeight).toBeCloseTo(200 / 3, 10);
    expect(result.sumOfMarkVariance).toBeCloseTo(0.25 + 2.75 / 3, 12);
  });

  it("agrees with the formulas applied directly, also when marks take many distinct values", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const [count, step] of [
      [40, 0.5],
      [1500, 0],
    ] as const) {
      const rows = Array.from({ length: count }, () => [0, 1, 2].map(() => (step ? Math.round(random() / step) * step : random())));
      const computed = computeQuestionStatistics([0, 1, 2].map((j) => ({ slot: j + 1, maxMark: 1 })), attempts(rows)).slots;
      for (let j = 0; j < 3; j++) {
        const x = rows.map((row) => row[j]!);
        const y = rows.map((row) => row.reduce((sum, mark) => sum + mark, 0) - row[j]!);
        const reference = naive(x, y);
        expect(computed[j]!.discriminationIndex).toBeCloseTo(reference.discriminationIndex, 9);
        expect(computed[j]!.discriminativeEfficiency).toBeCloseTo(reference.discriminativeEfficiency, 9);
      }
    }
  });

  it("leaves spread-based figures empty for a single attempt", () => {
    const [only] = computeQuestionStatistics(slots, attempts([[1, 2]])).slots;
    expect(only).toMatchObject({ s: 1, facility: 1, sd: null, markVariance: null, discriminationIndex: null, discriminativeEfficiency: null });
    expect(only!.effectiveWeight).toBeNull();
  });

  it("gives a question everyone gets right no discrimination, and a zero-mark slot no facility", () => {
    const [allRight, zero] = computeQuestionStatistics(
      [
        { slot: 1, maxMark: 1 },
        { slot: 2, maxMark: 0 },
        { slot: 3, maxMark: 1 },
      ],
      attempts([[1, 0, 1], [1, 0, 0], [1, 0, 1]]),
    ).slots;
    expect(allRight).toMatchObject({ facility: 1, sd: 0, discriminationIndex: null, discriminativeEfficiency: null, effectiveWeight: 0 });
    expect(zero).toMatchObject({ facility: null, sd: 0, discriminationIndex: null });
  });

  it("withholds the effective weight of a slot whose covariance with the total is negative", () => {
    const stats = computeQuestionStatistics(
      [1, 2, 3].map((slot) => ({ slot, maxMark: 1 })),
      attempts([[0, 1, 1], [0, 1, 1], [1, 0, 0], [1, 0, 1]]),
    ).slots;
    expect(stats[0]).toMatchObject({ negativeCovariance: true, effectiveWeight: null });
    const shared = stats.filter((slot) => slot.effectiveWeight !== null).reduce((sum, slot) => sum + slot.effectiveWeight!, 0);
    expect(shared).toBeCloseTo(100, 10);
  });

  it("breaks a slot down by variant only when a variant other than the first was seen", () => {
    const rows = [[1, 1], [0, 1], [1, 0], [0, 0]];
    const single = computeQuestionStatistics(slots, attempts(rows, () => ({ variants: [1, null] })));
    expect(single.slots[0]!.variants).toEqual([]);
    const several = computeQuestionStatistics(slots, attempts(rows, (index) => ({ variants: [index % 2 === 0 ? 3 : 1, null] })));
    expect(several.slots[0]!.variants.map((variant) => [variant.variant, variant.s, variant.facility])).toEqual([
      [1, 2, 0],
      [3, 2, 1],
    ]);
  });

  it("compares a question drawn by a random slot with the whole total, and keeps its own guess score", () => {
    const random: SlotInput[] = [
      { slot: 1, maxMark: 1, random: true },
      { slot: 2, maxMark: 1 },
    ];
    const drawn = ["q1", "q2", "q1", "q2", "q1"];
    const rows = [[1, 1], [0, 1], [0, 0], [1, 0], [1, 1]];
    const result = computeQuestionStatistics(random, attempts(rows, (index) => ({ questionIds: [drawn[index], null] })), { q1: 0.5 });
    expect(result.slots[0]).toMatchObject({ random: true, randomGuessScore: null });
    const q1 = result.drawnQuestions.find((question) => question.questionId === "q1")!;
    expect(q1).toMatchObject({ s: 3, slots: [1], randomGuessScore: 0.5, differentWeights: false });
    const x = [1, 0, 1];
    const totals = [2, 0, 2];
    expect(q1.discriminationIndex).toBeCloseTo(naive(x, totals).discriminationIndex, 10);
    expect(result.drawnQuestions.find((question) => question.questionId === "q2")!.randomGuessScore).toBeNull();
  });

  it("rejects an attempt whose marks do not match the slots", () => {
    expect(() => computeQuestionStatistics(slots, attempts([[1]]))).toThrow(/1 marks for 2 slots/);
  });
});

describe("itemStatistics", () => {
  it("gives an item seen by nobody a facility of 0 and nothing else", () => {
    const empty = new Float64Array(0);
    expect(itemStatistics(empty, empty, empty, 1, null)).toMatchObject({ s: 0, facility: 0, sd: null });
  });
});

/** Pearson correlation and sorted-pair covariance straight from the definitions, × 100. */
function naive(x: number[], y: number[]) {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const covariance = (a: number[], b: number[]) => {
    const [ma, mb] = [mean(a), mean(b)];
    return a.reduce((sum, value, index) => sum + (value - ma) * (b[index]! - mb), 0) / (a.length - 1);
  };
  const ascending = (values: number[]) => [...values].sort((a, b) => a - b);
  return {
    discriminationIndex: (100 * covariance(x, y)) / Math.sqrt(covariance(x, x) * covariance(y, y)),
    discriminativeEfficiency: (100 * covariance(x, y)) / covariance(ascending(x), ascending(y)),
  };
}
