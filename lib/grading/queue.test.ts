import { describe, expect, it } from "vitest";
import { anonymousLabels, deadlineStatus, groupQueue, nextToGrade, queueOrder, queueProgress, type QueueEntry } from "./queue";

const day = (n: number) => new Date(Date.UTC(2026, 0, n));
function entry(responseId: string, userId: string, questionId: string, position: number, since: number, graded = false): QueueEntry {
  return { responseId, attemptId: `a-${userId}`, userId, attemptNumber: 1, position, questionId, questionLabel: questionId, learnerSince: day(since), graded };
}
const entries = [entry("r1", "zed", "q3", 3, 1), entry("r2", "amy", "q3", 3, 2), entry("r3", "zed", "q5", 5, 1, true), entry("r4", "amy", "q5", 5, 2)];

describe("grading queue", () => {
  it("numbers learners by when they first started, not by name", () => {
    expect(anonymousLabels(entries)).toEqual(new Map([["zed", "Learner 1"], ["amy", "Learner 2"]]));
  });
  it("groups by question, learners in their anonymous order within each", () => {
    expect(groupQueue(entries, "question").map((group) => [group.key, group.entries.map((item) => item.responseId)])).toEqual([
      ["q3", ["r1", "r2"]],
      ["q5", ["r3", "r4"]],
    ]);
  });
  it("groups by learner, questions in attempt order within each", () => {
    expect(queueOrder(entries, "learner").map((item) => item.responseId)).toEqual(["r1", "r3", "r2", "r4"]);
  });
  it("moves to the next ungraded answer, wrapping round, and says when none is left", () => {
    expect(nextToGrade(entries, "question", "r1")?.responseId).toBe("r2");
    expect(nextToGrade(entries, "question", "r2")?.responseId).toBe("r4");
    expect(nextToGrade(entries, "question", "r4")?.responseId).toBe("r1");
    expect(nextToGrade(entries, "question", null)?.responseId).toBe("r1");
    expect(nextToGrade(entries.map((item) => ({ ...item, graded: true })), "question", "r1")).toBeNull();
    expect(nextToGrade([entry("only", "amy", "q1", 1, 1)], "question", "only")).toBeNull();
  });
  it("counts progress", () => {
    expect(queueProgress(entries)).toEqual({ graded: 1, total: 4, percent: 25 });
    expect(queueProgress([])).toEqual({ graded: 0, total: 0, percent: 100 });
  });
  it("says how the attempt ended", () => {
    expect(deadlineStatus({ submittedBy: "deadline", submittedAt: day(2), deadlineAt: day(2) })).toMatch(/at the deadline/);
    expect(deadlineStatus({ submittedBy: "learner", submittedAt: new Date(day(2).getTime() - 600_000), deadlineAt: day(2) })).toMatch(/10 min before/);
    expect(deadlineStatus({ submittedBy: "learner", submittedAt: day(2), deadlineAt: null })).toMatch(/no deadline/);
    expect(deadlineStatus({ submittedBy: null, submittedAt: null, deadlineAt: null })).toMatch(/in progress/);
  });
});
