import { z } from "zod";
import { needsGrading, settleFraction, unanswered, type GradeResult } from "./result";
import type { EssayQuestion, Rubric } from "./types";

export const responseSchema = z.object({ text: z.string().max(20_000, "An essay can be at most 20,000 characters long.") });
export type EssayResponse = z.infer<typeof responseSchema>;

export interface EssayView {
  type: "essay";
  stem: string;
}

export function defaultOrder(): string[] {
  return [];
}

export function learnerView(question: EssayQuestion): EssayView {
  return { type: "essay", stem: question.stem };
}

/** An essay is marked by a person: anything written waits for grading. */
export function grade(_question: EssayQuestion, response: EssayResponse): GradeResult {
  return response.text.trim() === "" ? unanswered() : needsGrading();
}

export function rightAnswer(question: EssayQuestion): string {
  return question.modelAnswer?.trim() || "Marked by hand; there is no single right answer.";
}

export type RubricGrade =
  | { status: "graded"; points: number; maxPoints: number; fraction: number }
  | { status: "invalid"; message: string };

/** The points of the chosen level in every criterion, over the most each criterion can give. */
export function gradeEssayWithRubric(rubric: Rubric, selections: Record<string, string>): RubricGrade {
  const known = new Set(rubric.criteria.map((criterion) => criterion.key));
  const stray = Object.keys(selections).find((key) => !known.has(key));
  if (stray !== undefined) return { status: "invalid", message: `The rubric has no criterion "${stray}".` };
  let points = 0;
  let maxPoints = 0;
  for (const criterion of rubric.criteria) {
    const label = Object.hasOwn(selections, criterion.key) ? selections[criterion.key] : undefined;
    if (label === undefined) return { status: "invalid", message: `Choose a level for "${criterion.title}".` };
    const level = criterion.levels.find((candidate) => candidate.label === label);
    if (!level) return { status: "invalid", message: `"${label}" is not a level of "${criterion.title}".` };
    points += level.points;
    maxPoints += Math.max(...criterion.levels.map((candidate) => candidate.points));
  }
  return { status: "graded", points, maxPoints, fraction: maxPoints > 0 ? settleFraction(points / maxPoints) : 0 };
}
