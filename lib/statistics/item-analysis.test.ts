import { describe, expect, it } from "vitest";
import { analyseQuiz } from "./item-analysis";
import type { AttemptInput } from "./types";

// Twelve learners, strongest first; each slot is right for the learners its rule picks.
const rules: [string, (learner: number) => boolean][] = [
  ["sound", (learner) => learner < 6],
  ["giveaway", () => true],
  ["miskeyed: the weakest get it right", (learner) => learner >= 8],
  ["too hard", (learner) => learner === 0],
  ["unrelated to ability", (learner) => [0, 3, 4, 7, 8, 11].includes(learner)],
  ["sound, but dragged down by the miskeyed one", (learner) => learner < 8],
  ["sound and hard", (learner) => learner < 4],
];
const slots = rules.map((_, index) => ({ slot: index + 1, maxMark: 1 }));
const attempts: AttemptInput[] = Array.from({ length: 12 }, (_, learner) => {
  const marks = rules.map(([, right]): number => (right(learner) ? 1 : 0));
  return { userId: `u${learner}`, attemptNumber: 1, sumMarks: marks.reduce((sum, mark) => sum + mark, 0), marks };
});

describe("analyseQuiz", () => {
  const analysis = analyseQuiz({ slots, attempts });

  it("flags the bad questions of a constructed quiz", () => {
    expect(analysis.slots.map((slot) => slot.flags.map((flag) => flag.kind))).toEqual([
      [],
      ["too_easy"],
      ["negative_discrimination"],
      ["too_hard"],
      ["weak_discrimination"],
      ["weak_discrimination"],
      [],
    ]);
    expect(analysis.slots[2]!.discriminationIndex).toBeLessThan(-50);
    expect(analysis.slots[2]!.flags[0]!.hint).toMatch(/Check the key/);
  });

  it("reports the test statistics and a histogram of the same attempts", () => {
    expect(analysis.quiz).toMatchObject({ whichAttempts: "all", s: 12, sumGrades: 7, questionCount: 7, median: 3 });
    expect(analysis.quiz.mean).toBeCloseTo(41 / 12, 12);
    expect(analysis.histogram.map((band) => band.count)).toEqual([0, 0, 3, 0, 4, 3, 0, 1, 1, 0]);
    expect(analysis.histogram.reduce((sum, band) => sum + band.count, 0)).toBe(12);
  });

  it("analyses the chosen attempts and summarises every choice", () => {
    // u11 (total 3) resits for full marks; u10 (total 2) resits and scores nothing.
    const resits: AttemptInput[] = [
      ...attempts,
      { userId: "u11", attemptNumber: 2, sumMarks: 7, marks: slots.map(() => 1) },
      { userId: "u10", attemptNumber: 2, sumMarks: 0, marks: slots.map(() => 0) },
    ];
    const highest = analyseQuiz({ slots, attempts: resits, whichAttempts: "highest" });
    expect(highest.quiz.s).toBe(12);
    expect(highest.quiz.attempts.all).toMatchObject({ count: 14 });
    expect(highest.quiz.attempts.first.mean).toBeCloseTo(41 / 12, 12);
    expect(highest.quiz.attempts.highest.mean).toBeCloseTo((41 - 3 + 7) / 12, 12);
    expect(highest.quiz.attempts.last.mean).toBeCloseTo((41 - 3 + 7 - 2) / 12, 12);
    expect(highest.slots[0]!.s).toBe(12);
  });

  it("copes with a quiz nobody has finished", () => {
    const empty = analyseQuiz({ slots, attempts: [] });
    expect(empty.quiz).toMatchObject({ s: 0, mean: null, median: null, attempts: { all: { count: 0, mean: null } } });
    expect(empty.slots[0]).toMatchObject({ s: 0, facility: 0, sd: null, effectiveWeight: null });
    expect(empty.responses.map((group) => group.attempts)).toEqual([]);
  });
});
