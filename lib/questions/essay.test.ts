import { describe, expect, it } from "vitest";
import { grade, gradeEssayWithRubric, rightAnswer } from "./essay";
import { samples } from "./sample-questions";

const question = samples.essay;
const rubric = question.rubric!;

describe("essay", () => {
  it("waits for a person to grade anything written", () => {
    expect(grade(question, { text: "NATO should…" })).toEqual({ status: "needs_grading" });
    expect(grade(question, { text: " \n " })).toEqual({ status: "unanswered" });
  });

  it("gives the model answer, or says it is marked by hand", () => {
    expect(rightAnswer(question)).toBe("SECRET model answer");
    expect(rightAnswer({ ...question, modelAnswer: undefined })).toMatch(/by hand/);
  });
});

describe("gradeEssayWithRubric", () => {
  it("adds the chosen levels' points over the best possible", () => {
    expect(gradeEssayWithRubric(rubric, { argument: "strong", evidence: "full" })).toEqual({ status: "graded", points: 6, maxPoints: 6, fraction: 1 });
    expect(gradeEssayWithRubric(rubric, { argument: "strong", evidence: "some" })).toEqual({
      status: "graded",
      points: 5,
      maxPoints: 6,
      fraction: 0.8333333,
    });
    expect(gradeEssayWithRubric(rubric, { argument: "weak", evidence: "none" })).toMatchObject({ points: 0, fraction: 0 });
  });

  it("rejects a missing criterion, an unknown criterion or an unknown level", () => {
    expect(gradeEssayWithRubric(rubric, { argument: "strong" })).toEqual({ status: "invalid", message: 'Choose a level for "Evidence".' });
    expect(gradeEssayWithRubric(rubric, { argument: "strong", evidence: "full", style: "good" })).toMatchObject({ status: "invalid" });
    expect(gradeEssayWithRubric(rubric, { argument: "brilliant", evidence: "full" })).toEqual({
      status: "invalid",
      message: '"brilliant" is not a level of "Argument".',
    });
  });
});
