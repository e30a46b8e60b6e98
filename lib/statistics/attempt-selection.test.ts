import { describe, expect, it } from "vitest";
import { selectAttempts, selectAttemptsAll, whichAttemptsForGradingMethod, type SelectableAttempt } from "./attempt-selection";

const attempt = (userId: string, attemptNumber: number, sumMarks: number | null, extra: Partial<SelectableAttempt> = {}) => ({
  userId,
  attemptNumber,
  sumMarks,
  ...extra,
});

const attempts: SelectableAttempt[] = [
  attempt("ann", 1, 5), // 0
  attempt("ann", 2, 8), // 1
  attempt("ann", 3, null, { finished: false }), // 2: in progress, ignored entirely
  attempt("bob", 1, null), // 3: finished but awaiting grading
  attempt("bob", 2, 6), // 4
  attempt("cy", 2, 7), // 5: listed before the earlier attempt with the same total
  attempt("cy", 1, 7), // 6
  attempt("dee", 1, 3), // 7
  attempt("dee", 2, null), // 8: the last attempt is ungraded
  attempt("teacher", 1, 10, { preview: true }), // 9
];

describe("selectAttempts", () => {
  it("counts every finished, graded, non-preview attempt for 'all'", () => {
    expect(selectAttempts(attempts, "all")).toEqual([0, 1, 4, 5, 6, 7]);
  });

  it("takes each learner's first finished attempt, and none when that one is not graded yet", () => {
    expect(selectAttempts(attempts, "first")).toEqual([0, 6, 7]);
  });

  it("takes each learner's last finished attempt, ignoring attempts still in progress", () => {
    expect(selectAttempts(attempts, "last")).toEqual([1, 4, 5]);
  });

  it("takes the highest total, the earlier attempt on a tie, and ranks an ungraded attempt as 0", () => {
    expect(selectAttempts(attempts, "highest")).toEqual([1, 4, 6, 7]);
  });

  it("gives every choice at once", () => {
    expect(selectAttemptsAll(attempts)).toEqual({
      all: [0, 1, 4, 5, 6, 7],
      first: [0, 6, 7],
      last: [1, 4, 5],
      highest: [1, 4, 6, 7],
    });
    expect(selectAttemptsAll([])).toEqual({ all: [], first: [], last: [], highest: [] });
  });

  it("defaults to the grading method, with 'average' meaning all attempts", () => {
    expect(whichAttemptsForGradingMethod("average")).toBe("all");
    expect(whichAttemptsForGradingMethod("highest")).toBe("highest");
    expect(whichAttemptsForGradingMethod("first")).toBe("first");
    expect(whichAttemptsForGradingMethod("last")).toBe("last");
  });
});
