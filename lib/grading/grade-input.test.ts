import { describe, expect, it } from "vitest";
import type { Rubric } from "../questions/types";
import { checkMark, criterionFields, checkRubricSelections, fractionOf, gradeFormSchema, overrideFormSchema, rubricMark, rubricSelectionsFrom } from "./grade-input";

const rubric: Rubric = {
  criteria: [
    { key: "thesis", title: "Thesis", levels: [{ label: "Weak", points: 0, description: "" }, { label: "Clear", points: 2, description: "" }] },
    { key: "evidence", title: "Evidence", levels: [{ label: "None", points: 0, description: "" }, { label: "Some", points: 1, description: "" }, { label: "Strong", points: 2, description: "" }] },
  ],
};
const ids = { course: "c", quizId: "00000000-0000-4000-8000-000000000001", responseId: "00000000-0000-4000-8000-000000000002", gradeVersion: "3" };

describe("rubric marks", () => {
  it("adds the chosen levels' points when the rubric is out of the question's mark", () => {
    expect(rubricMark(rubric, { thesis: "Clear", evidence: "Some" }, 4)).toBe(3);
  });
  it("scales the points to the question's mark otherwise", () => {
    expect(rubricMark(rubric, { thesis: "Clear", evidence: "Some" }, 8)).toBe(6);
    expect(rubricMark(rubric, { thesis: "Weak", evidence: "Some" }, 3)).toBe(0.75);
  });
  it("has no suggestion until every criterion has a level", () => {
    expect(rubricMark(rubric, { thesis: "Clear" }, 4)).toBeNull();
  });
  it("accepts no levels or all of them, and refuses partial, unknown or stray picks", () => {
    expect(checkRubricSelections(rubric, {})).toEqual({ status: "ok", selections: {} });
    expect(checkRubricSelections(rubric, { thesis: "Clear", evidence: "None" }).status).toBe("ok");
    expect(checkRubricSelections(rubric, { thesis: "Clear" })).toMatchObject({ status: "invalid", message: expect.stringContaining("Evidence") });
    expect(checkRubricSelections(rubric, { thesis: "Brilliant", evidence: "None" })).toMatchObject({ status: "invalid" });
    expect(checkRubricSelections(rubric, { style: "Good" })).toMatchObject({ status: "invalid" });
    expect(checkRubricSelections(undefined, { thesis: "Clear" })).toMatchObject({ status: "invalid" });
  });
  it("reads levels from criterion fields and ignores anything else", () => {
    expect(criterionFields(Object.entries({ "criterion:thesis": "Clear", "criterion:evidence": "", mark: "2" }))).toEqual({ thesis: "Clear" });
    expect(rubricSelectionsFrom({ "criterion:thesis": "Clear", "criterion:evidence": "", "criterion:style": "x", mark: "2" }, rubric)).toEqual({ thesis: "Clear" });
  });
});

describe("marks and the forms", () => {
  it("keeps a mark within 0 and the maximum", () => {
    expect(checkMark(4, 4)).toBeNull();
    expect(checkMark(4.5, 4)).toMatch(/at most 4/);
    expect(checkMark(-1, 4)).toMatch(/negative/);
    expect(fractionOf(3, 4)).toBe(0.75);
    expect(fractionOf(1, 3)).toBe(0.3333333);
    expect(fractionOf(0, 0)).toBe(0);
  });
  it("parses a grade and refuses a mark that is not a number", () => {
    expect(gradeFormSchema.parse({ ...ids, mark: " 2.5 ", comment: "Good" })).toMatchObject({ mark: 2.5, gradeVersion: 3, groupBy: "question" });
    expect(gradeFormSchema.safeParse({ ...ids, mark: "abc" }).success).toBe(false);
    expect(gradeFormSchema.safeParse({ ...ids, mark: "" }).success).toBe(false);
    expect(gradeFormSchema.safeParse({ ...ids, mark: "-1" }).success).toBe(false);
  });
  it("needs a reason for an override", () => {
    expect(overrideFormSchema.safeParse({ ...ids, attemptId: ids.quizId, mark: "1", reason: "  " }).success).toBe(false);
    expect(overrideFormSchema.parse({ ...ids, attemptId: ids.quizId, mark: "1", reason: "Accepted spelling" })).toMatchObject({ mark: 1, reason: "Accepted spelling", comment: "" });
  });
});
