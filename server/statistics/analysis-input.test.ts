import { describe, expect, it } from "vitest";
import type { AttemptCellsRow } from "@/db/queries/statistics";
import type { Question } from "@/lib/questions";
import { samples } from "@/lib/questions/sample-questions";
import { buildAnalysisInput, type StatisticsSlot } from "./analysis-input";
import { noResponse } from "./response-parts";

const corrected: Question = { ...samples.trueFalse, answer: false };
const questions = new Map<string, Question>([
  ["v-choice", samples.singleChoice],
  ["v-true-false", samples.trueFalse],
  ["v-corrected", corrected],
  ["v-short", samples.shortAnswer],
  ["v-matching", samples.matching],
]);
const questionIdOf = new Map([
  ["v-short", "q-short"],
  ["v-matching", "q-matching"],
]);
const slots: StatisticsSlot[] = [
  { position: 1, kind: "fixed", questionId: "q-choice", marks: 2 },
  { position: 2, kind: "fixed", questionId: "q-true-false", marks: 1 },
  { position: 3, kind: "random", questionId: null, marks: 1 },
];
const reference = [
  { position: 1, versionId: "v-choice" },
  { position: 2, versionId: "v-true-false" },
  { position: 3, versionId: "v-short" },
];
const row = (cells: string[], fields: Partial<AttemptCellsRow> = {}): AttemptCellsRow => ({ user_id: "u", number: 1, needs_grading: false, preview: false, cells: cells.join("\u001f"), ...fields });
const build = (rows: AttemptCellsRow[]) => buildAnalysisInput(slots, reference, rows, questions, questionIdOf);
const classes = (parts: unknown) => (parts as { responseClass: string }[] | null)?.map((part) => part.responseClass) ?? null;

describe("buildAnalysisInput", () => {
  it("places cells by position and sums the total in position order, whatever order they come in", () => {
    const { attempts } = build([row(["2:0.2000:true", `3:0.3000:${JSON.stringify({ text: "Art 5" })}`, "1:0.1000:b"])]);
    expect(Array.from(attempts[0]!.marks)).toEqual([0.1, 0.2, 0.3]);
    // (0.2 + 0.3) + 0.1 is 0.6; in position order it is 0.6000000000000001, as the rows would give.
    expect(attempts[0]!.sumMarks).toBe(0.1 + 0.2 + 0.3);
    expect(classes(attempts[0]!.responses![0])).toEqual(["b"]);
    expect(classes(attempts[0]!.responses![1])).toEqual(["True"]);
    expect(attempts[0]!.questionIds).toEqual([null, null, "q-short"]);
  });

  it("takes a version named in a cell over the reference, and counts dropped questions as an instructor set them", () => {
    const { attempts, questionsById, prepared, drawnQuestionGuessScores } = build([
      row(["1!full_marks=2.00:0.0000:a", "2@v-corrected!removed=1.00:1.0000:false", `3@v-matching:1.0000:${JSON.stringify({ pairs: {} })}`]),
    ]);
    const [attempt] = attempts;
    expect(Array.from(attempt!.marks)).toEqual([2, 0, 1]);
    expect(attempt!.sumMarks).toBe(3);
    expect(classes(attempt!.responses![0])).toEqual(["a"]);
    expect(attempt!.responses![1]).toBeNull();
    expect(attempt!.questionIds![2]).toBe("q-matching");
    expect([...questionsById.keys()]).toEqual(["q-matching"]);
    expect(Object.keys(drawnQuestionGuessScores)).toEqual(["q-matching"]);
    expect([...prepared.keys()].sort()).toEqual(["v-choice", "v-corrected", "v-matching"]);
  });

  it("has no total while a mark is missing or the attempt awaits grading", () => {
    const { attempts } = build([row(["1::", "2:1.0000:true", "3:0.0000:"]), row(["1:2.0000:b", "2:1.0000:true", "3:0.0000:"], { needs_grading: true })]);
    expect(attempts.map((attempt) => attempt.sumMarks)).toEqual([null, null]);
    expect(classes(attempts[0]!.responses![0])).toEqual([noResponse]);
  });

  it("shares one list of parts among the attempts that gave the same answer", () => {
    const { attempts } = build([row(["1:2.0000:b", "2:0.0000:false", "3:0.0000:"]), row(["1:2.0000:b", "2:0.0000:false", "3:0.0000:"])]);
    expect(attempts[0]!.responses![0]).toBe(attempts[1]!.responses![0]);
    expect(attempts[0]!.responses![1]).toBe(attempts[1]!.responses![1]);
  });

  it("reads an answer that is not what its type saves as no answer rather than failing", () => {
    const { attempts } = build([row(["1:0.0000:{not json", "2:0.0000:maybe", "3:0.0000:{not json"])]);
    expect(Array.from(attempts[0]!.responses!, classes)).toEqual([[noResponse], [noResponse], [noResponse]]);
  });
});
