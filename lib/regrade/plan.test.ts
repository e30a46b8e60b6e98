import { describe, expect, it } from "vitest";
import { fromStoredVersion } from "../questions";
import { planRegrade, summarisePlan, type AttemptForRegrade, type ItemForRegrade } from "./plan";

const corrected = fromStoredVersion({ type: "true_false", stem: "The statement is true.", explanation: "", data: { answer: true, feedbackTrue: "", feedbackFalse: "" } });

function item(overrides: Partial<ItemForRegrade>): ItemForRegrade {
  return { attemptQuestionId: "aq", responseId: "r", questionId: "other", maxMark: 1, answer: null, state: "auto_graded", fraction: 1, mark: 1, dropped: null, ...overrides };
}

function attempt(id: string, target: Partial<ItemForRegrade>, state: AttemptForRegrade["state"] = "submitted"): AttemptForRegrade {
  return {
    attemptId: id,
    state,
    items: [item({ attemptQuestionId: `${id}-1`, responseId: `${id}-r1` }), item({ attemptQuestionId: `${id}-2`, responseId: `${id}-r2`, questionId: "q", maxMark: 2, ...target })],
  };
}

describe("planRegrade", () => {
  it("marks each stored answer under the corrected key and gives the attempt's total before and after", () => {
    const rows = planRegrade("q", corrected, [
      attempt("gains", { answer: { value: true }, fraction: 0, mark: 0 }),
      attempt("loses", { answer: { value: false }, fraction: 1, mark: 2 }),
      attempt("same", { answer: { value: true }, fraction: 1, mark: 2 }),
    ]);
    expect(rows.map(({ attemptId, outcome, change, attemptBefore, attemptAfter }) => ({ attemptId, outcome, change, attemptBefore, attemptAfter }))).toEqual([
      { attemptId: "gains", outcome: "changes", change: 2, attemptBefore: 1, attemptAfter: 3 },
      { attemptId: "loses", outcome: "changes", change: -2, attemptBefore: 3, attemptAfter: 1 },
      { attemptId: "same", outcome: "unchanged", change: 0, attemptBefore: 3, attemptAfter: 3 },
    ]);
    expect(rows[0]!.maxMarks).toBe(3);
  });

  it("keeps marks a person gave, leaves open attempts to be marked at submission, and skips attempts without the question", () => {
    const rows = planRegrade("q", corrected, [
      attempt("graded-by-hand", { answer: { value: false }, state: "manually_graded", fraction: 0.5, mark: 1 }),
      attempt("open", { answer: { value: true }, state: "saved", fraction: null, mark: null }, "in_progress"),
      { attemptId: "without", state: "submitted", items: [item({})] },
    ]);
    expect(rows.map((row) => [row.attemptId, row.outcome, row.after.mark])).toEqual([
      ["graded-by-hand", "kept", 1],
      ["open", "in_progress", null],
    ]);
    expect(summarisePlan(rows)).toEqual({ changes: 0, unchanged: 0, kept: 1, inProgress: 1 });
  });

  it("counts no change in the total for a question dropped with full marks", () => {
    const [row] = planRegrade("q", corrected, [attempt("dropped", { answer: { value: true }, fraction: 0, mark: 0, dropped: "full_marks" })]);
    expect(row).toMatchObject({ outcome: "changes", change: 0, attemptBefore: 3, attemptAfter: 3 });
  });
});
