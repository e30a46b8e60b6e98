import { describe, expect, it } from "vitest";
import { filterRows, formatPercent, gradebookCsvRows, gradebookStatus, gradePercent, parseGradebookQuery, sortRows, type GradebookQuiz, type GradebookRow } from "./gradebook";
import { questionExportRows } from "./question-export";

const quiz: GradebookQuiz = { id: "q1", title: "Week 1", gradingMethod: "highest", attemptsAllowed: 2, published: true };
const row = (name: string, email: string, grade: number | null, status: GradebookRow["cells"][string]["status"] = grade === null ? "not_attempted" : "graded"): GradebookRow => ({
  userId: email,
  name,
  email,
  cells: { q1: { grade, attempts: status === "not_attempted" ? 0 : 1, status } },
});
const rows = [row("Cleo", "c@x.test", 0.5), row("anna", "a@x.test", null), row("Bob", "b@x.test", 0.9), row("Dan", "d@x.test", null, "awaiting_grading")];

describe("gradebook status", () => {
  it("puts waiting answers before open attempts, and needs an attempt to be anything but not attempted", () => {
    expect(gradebookStatus({ total: 0, inProgress: 0, awaitingGrading: 0 })).toBe("not_attempted");
    expect(gradebookStatus({ total: 2, inProgress: 1, awaitingGrading: 1 })).toBe("awaiting_grading");
    expect(gradebookStatus({ total: 2, inProgress: 1, awaitingGrading: 0 })).toBe("in_progress");
    expect(gradebookStatus({ total: 2, inProgress: 0, awaitingGrading: 0 })).toBe("graded");
  });

  it("shows grades as percentages with at most one decimal", () => {
    expect(gradePercent(0.8765)).toBe(87.7);
    expect(gradePercent(1)).toBe(100);
    expect(gradePercent(null)).toBeNull();
    expect(formatPercent(0.5)).toBe("50 %");
    expect(formatPercent(null)).toBe("—");
  });
});

describe("filtering and sorting", () => {
  it("reads the query string leniently", () => {
    expect(parseGradebookQuery({ q: "  ann ", status: "graded", sort: "q1", dir: "desc" })).toEqual({ q: "ann", status: "graded", sort: "q1", dir: "desc" });
    expect(parseGradebookQuery({ status: "bogus", dir: "sideways" })).toEqual({ q: "", status: undefined, sort: "name", dir: "asc" });
    expect(parseGradebookQuery({ q: ["a", "b"] }).q).toBe("a");
  });

  it("filters by name or email text and by status", () => {
    expect(filterRows(rows, { q: "ANN" }).map((r) => r.name)).toEqual(["anna"]);
    expect(filterRows(rows, { q: "b@x" }).map((r) => r.name)).toEqual(["Bob"]);
    expect(filterRows(rows, { q: "", status: "awaiting_grading" }).map((r) => r.name)).toEqual(["Dan"]);
  });

  it("sorts by name in either direction, and by grade with ungraded learners last", () => {
    expect(sortRows(rows, { sort: "name", dir: "asc" }).map((r) => r.name)).toEqual(["anna", "Bob", "Cleo", "Dan"]);
    expect(sortRows(rows, { sort: "name", dir: "desc" }).map((r) => r.name)).toEqual(["Dan", "Cleo", "Bob", "anna"]);
    expect(sortRows(rows, { sort: "q1", dir: "desc" }).map((r) => r.name)).toEqual(["Bob", "Cleo", "anna", "Dan"]);
    expect(sortRows(rows, { sort: "q1", dir: "asc" }).map((r) => r.name)).toEqual(["Cleo", "Bob", "anna", "Dan"]);
  });
});

describe("CSV rows", () => {
  it("writes one row per learner with grade, attempts and status per quiz", () => {
    expect(gradebookCsvRows([quiz], [rows[0]!, rows[1]!])).toEqual([
      ["Name", "Email", "Week 1 (%)", "Week 1 (attempts)", "Week 1 (status)"],
      ["Cleo", "c@x.test", 50, 1, "Graded"],
      ["anna", "a@x.test", null, 0, "Not attempted"],
    ]);
  });

  it("writes one row per submitted attempt with the mark per slot", () => {
    const submittedAt = new Date("2026-05-01T10:00:00Z");
    const base = { name: "Cleo", email: "c@x.test", submittedAt, submittedBy: "learner", maxMarks: 3 };
    expect(
      questionExportRows(3, [
        { ...base, number: 1, sumMarks: 2, needsGrading: false, questions: [{ slot: 2, mark: 1, maxMark: 1, dropped: null }, { slot: 1, mark: 1, maxMark: 2, dropped: null }, { slot: 3, mark: 0, maxMark: 0, dropped: "removed" }] },
        { ...base, number: 2, sumMarks: null, needsGrading: true, questions: [{ slot: 1, mark: null, maxMark: 2, dropped: null }] },
      ]),
    ).toEqual([
      ["Name", "Email", "Attempt", "Submitted at (UTC)", "Submitted by", "Status", "Q1 (/2)", "Q2 (/1)", "Q3 (/0)", "Total", "Out of", "Attempt grade (%)"],
      ["Cleo", "c@x.test", 1, "2026-05-01T10:00:00Z", "learner", "Graded", 1, 1, "removed", 2, 3, 66.7],
      ["Cleo", "c@x.test", 2, "2026-05-01T10:00:00Z", "learner", "Awaiting grading", null, null, null, null, 3, null],
    ]);
  });
});
