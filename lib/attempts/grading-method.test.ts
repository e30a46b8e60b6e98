import { describe, expect, it } from "vitest";
import { attemptScore, quizGrade, type GradedAttempt } from "./grading-method";

// Slot marks from Moodle's quiz walkthrough (mod/quiz/tests/fixtures/results00.csv): 7 slots of 1 mark.
const moodleResults00: [marks: number[], sumMarks: number][] = [
  [[0.8, 1, 1, 1, 0.5, 1, 0], 5.3],
  [[1, 0, 1, 1, 0.5, 0, 0.5], 4],
  [[0, 1, 0.3333333, 1, 1, 1, 1], 5.33333],
  [[0, 0, 0.3333333, 0, 0.5, 1, 1], 2.83333],
];

describe("attempt score", () => {
  it("sums marks as Moodle does", () => {
    for (const [marks, sumMarks] of moodleResults00) {
      const score = attemptScore(marks.map((fraction) => ({ maxMark: 1, fraction })));
      expect(score.sumMarks).toBeCloseTo(sumMarks, 5);
      expect(score.maxMarks).toBe(7);
      expect(score.fraction).toBeCloseTo(sumMarks / 7, 6);
      expect(score.needsGrading).toBe(false);
    }
  });

  it("weights each fraction by the question's marks (Moodle results01: 0.3333334 of 100)", () => {
    expect(attemptScore([{ maxMark: 100, fraction: 0.3333334 }]).sumMarks).toBeCloseTo(33.33334, 5);
  });

  it("has no total while any question awaits grading", () => {
    expect(attemptScore([{ maxMark: 2, fraction: 1 }, { maxMark: 3, fraction: null }])).toEqual({
      sumMarks: null,
      maxMarks: 5,
      fraction: null,
      needsGrading: true,
    });
  });

  it("credits a question dropped with full marks, even if ungraded", () => {
    expect(attemptScore([{ maxMark: 2, fraction: 0.5 }, { maxMark: 3, fraction: null, dropped: "full_marks" }])).toEqual({
      sumMarks: 4,
      maxMarks: 5,
      fraction: 0.8,
      needsGrading: false,
    });
  });

  it("leaves a removed question out of both sums", () => {
    expect(attemptScore([{ maxMark: 2, fraction: 0.5 }, { maxMark: 3, fraction: null, dropped: "removed" }])).toEqual({
      sumMarks: 1,
      maxMarks: 2,
      fraction: 0.5,
      needsGrading: false,
    });
  });

  it("scores an attempt worth nothing as 0, as Moodle does", () => {
    expect(attemptScore([])).toEqual({ sumMarks: 0, maxMarks: 0, fraction: 0, needsGrading: false });
  });
});

describe("quiz grade", () => {
  const submitted = new Date("2026-12-01T10:00:00Z");
  const attempt = (number: number, fraction: number | null, submittedAt: Date | null = submitted): GradedAttempt => ({ number, submittedAt, fraction });
  // Given out of order on purpose: first and last go by attempt number.
  const three = [attempt(2, 0.4), attempt(1, 0.7), attempt(3, 0.3)];

  it("takes the highest, the average, the first or the last attempt", () => {
    expect(quizGrade("highest", three)).toBe(0.7);
    expect(quizGrade("average", three)).toBeCloseTo(0.4666667, 6);
    expect(quizGrade("first", three)).toBe(0.7);
    expect(quizGrade("last", three)).toBe(0.3);
  });

  it("ignores attempts awaiting grading for highest and average", () => {
    const withPending = [...three, attempt(4, null)];
    expect(quizGrade("highest", withPending)).toBe(0.7);
    expect(quizGrade("average", withPending)).toBeCloseTo(0.4666667, 6);
  });

  it("has no grade for first or last while that attempt awaits grading", () => {
    expect(quizGrade("last", [...three, attempt(4, null)])).toBeNull();
    expect(quizGrade("first", [attempt(1, null), attempt(2, 0.9)])).toBeNull();
  });

  it("does not count an attempt still in progress", () => {
    const withOpen = [...three, attempt(4, 1, null)];
    expect(quizGrade("highest", withOpen)).toBe(0.7);
    expect(quizGrade("last", withOpen)).toBe(0.3);
  });

  it("has no grade without a graded attempt", () => {
    for (const method of ["highest", "average", "first", "last"] as const) {
      expect(quizGrade(method, [])).toBeNull();
      expect(quizGrade(method, [attempt(1, null)])).toBeNull();
    }
  });
});
