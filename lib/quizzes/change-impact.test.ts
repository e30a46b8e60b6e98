import { describe, expect, it } from "vitest";
import { defaultReviewOptions } from "../attempts/review-visibility";
import { gradesChangedBy, quizChangeImpact, type AttemptTally, type ImpactSettings } from "./change-impact";

const now = new Date("2026-03-01T12:00:00Z");
const base: ImpactSettings = {
  status: "published",
  timeLimitSeconds: 600,
  closesAt: new Date("2026-03-10T12:00:00Z"),
  attemptsAllowed: 3,
  gradingMethod: "highest",
  shuffleQuestions: false,
  shuffleOptions: true,
  reviewOptions: defaultReviewOptions,
  slots: [
    { target: "fixed:q1", marks: 1 },
    { target: "lesson:l1", marks: 2 },
  ],
};
const done = (number: number, fraction: number | null) => ({ number, submittedAt: new Date(`2026-02-0${number}T10:00:00Z`), fraction });
const tally: AttemptTally = {
  inProgress: 1,
  finished: 3,
  learners: [
    { attempts: [done(1, 0.5), done(2, 1)], storedGrade: 1 },
    { attempts: [done(1, 0.25), { number: 2, submittedAt: null, fraction: null }], storedGrade: 0.25 },
  ],
};
const keys = (after: Partial<ImpactSettings>, counts: AttemptTally = tally) => quizChangeImpact({ before: base, after: { ...base, ...after }, tally: counts, now }).map((item) => item.key);

describe("quizChangeImpact", () => {
  it("says nothing when the quiz has no attempts, or nothing that matters changed", () => {
    expect(keys({ slots: [], gradingMethod: "last" }, { inProgress: 0, finished: 0, learners: [] })).toEqual([]);
    expect(keys({ attemptsAllowed: 5, closesAt: new Date("2026-03-20T12:00:00Z") })).toEqual([]);
  });

  it("reports slot and marks changes with how many attempts keep their questions and marks", () => {
    const [item] = quizChangeImpact({ before: base, after: { ...base, slots: [{ target: "fixed:q1", marks: 3 }, base.slots[1]!] }, tally, now });
    expect(item).toEqual({ key: "slots", message: expect.stringContaining("1 attempt in progress and 3 finished attempts keep the questions and marks") });
    expect(keys({ slots: [...base.slots].reverse() })).toEqual(["slots"]);
  });

  it("counts the learners whose quiz grade a new grading method changes", () => {
    expect(gradesChangedBy("last", tally.learners)).toBe(0);
    expect(gradesChangedBy("first", tally.learners)).toBe(1);
    expect(gradesChangedBy("average", tally.learners)).toBe(1);
    const [item] = quizChangeImpact({ before: base, after: { ...base, gradingMethod: "first" }, tally, now });
    expect(item?.message).toMatch(/from highest grade to first attempt: .* 1 learner's quiz grade will change\. No attempt's marks change\./);
  });

  it("reports review, time limit, shuffle and unpublishing", () => {
    expect(keys({ reviewOptions: { ...defaultReviewOptions, closed: { marks: false, correctness: false, feedback: false, rightAnswer: false } } })).toEqual(["review"]);
    const reordered = JSON.parse(JSON.stringify(defaultReviewOptions, Object.keys(defaultReviewOptions.closed).toReversed().concat(Object.keys(defaultReviewOptions).toReversed())));
    expect(keys({ reviewOptions: reordered })).toEqual([]);
    expect(keys({ timeLimitSeconds: null })).toEqual(["timeLimit"]);
    expect(keys({ shuffleQuestions: true })).toEqual(["shuffle"]);
    expect(keys({ status: "draft" })).toEqual(["unpublish"]);
    expect(keys({ status: "published" })).toEqual([]);
  });

  it("counts learners who already used the lowered number of attempts", () => {
    const [item] = quizChangeImpact({ before: base, after: { ...base, attemptsAllowed: 2 }, tally, now });
    expect(item?.message).toMatch(/^2 learners have already used 2 or more attempts/);
    expect(keys({ attemptsAllowed: 2 }, { ...tally, learners: [{ attempts: [done(1, 1)], storedGrade: 1 }] })).toEqual([]);
    expect(keys({ attemptsAllowed: null })).toEqual([]);
  });

  it("warns of an earlier close time, and of one already passed", () => {
    expect(quizChangeImpact({ before: base, after: { ...base, closesAt: new Date("2026-03-05T09:30:00Z") }, tally, now })[0]?.message).toMatch(/closes earlier, at 5 Mar 2026, 09:30 UTC/);
    expect(quizChangeImpact({ before: { ...base, closesAt: null }, after: { ...base, closesAt: new Date("2026-02-01T00:00:00Z") }, tally, now })[0]?.message).toMatch(/has passed/);
  });
});
