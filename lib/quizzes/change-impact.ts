import { formatWhen } from "../attempts/eligibility";
import { quizGrade, type GradedAttempt, type GradingMethod } from "../attempts/grading-method";
import type { ReviewOptions } from "../attempts/review-visibility";
import { gradingMethodChoices, reviewMoments, reviewParts, type QuizStatus } from "./form-fields";

/**
 * What saving a change to a quiz does to the attempts it already has, in words an instructor can
 * weigh before confirming. Attempts keep their own copy of their questions, marks and deadline
 * (attempt_questions, attempts.deadline_at), so most changes reach only attempts started later;
 * what does reach existing attempts is the grading method (quiz grades are recomputed from their
 * marks), the review settings (read when a review is shown), the close time and the limit.
 */

export interface ImpactSlot {
  /** What the slot holds: "fixed:<question>", "lesson:<lesson>" or "tag:<tag>". */
  target: string;
  marks: number;
}

export interface ImpactSettings {
  status: QuizStatus;
  timeLimitSeconds: number | null;
  closesAt: Date | null;
  attemptsAllowed: number | null;
  gradingMethod: GradingMethod;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  reviewOptions: ReviewOptions;
  slots: ImpactSlot[];
}

export interface LearnerRecord {
  /** Every real attempt of the learner (in progress ones have no submittedAt). */
  attempts: GradedAttempt[];
  /** The quiz grade stored for them now, as a fraction; null when none is. */
  storedGrade: number | null;
}

export interface AttemptTally {
  inProgress: number;
  finished: number;
  learners: LearnerRecord[];
}

export type ImpactKey = "slots" | "shuffle" | "gradingMethod" | "review" | "timeLimit" | "attemptsAllowed" | "closesAt" | "unpublish";

export interface ImpactItem {
  key: ImpactKey;
  message: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const sameSlots = (a: ImpactSlot[], b: ImpactSlot[]) => a.length === b.length && a.every((slot, index) => slot.target === b[index]!.target && slot.marks === b[index]!.marks);
const methodLabel = (method: GradingMethod) => gradingMethodChoices.find((choice) => choice.value === method)?.label.toLowerCase() ?? method;
// quiz_grades keeps four decimals: a difference below that is the same grade.
export const sameGrade = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 5e-5);

// Compared part by part: jsonb does not keep the key order the options were written in.
const sameReviewOptions = (a: ReviewOptions, b: ReviewOptions) =>
  reviewMoments.every(({ key: moment }) => reviewParts.every(({ key: part }) => a[moment][part] === b[moment][part]));

/** The learners whose stored quiz grade differs from what `method` computes from their attempts. */
export function gradesChangedBy(method: GradingMethod, learners: readonly LearnerRecord[]): number {
  return learners.filter((learner) => !sameGrade(quizGrade(method, learner.attempts), learner.storedGrade)).length;
}

export function quizChangeImpact({ before, after, tally, now }: { before: ImpactSettings; after: ImpactSettings; tally: AttemptTally; now: Date }): ImpactItem[] {
  if (tally.inProgress + tally.finished === 0) return [];
  const items: ImpactItem[] = [];
  const add = (key: ImpactKey, message: string) => items.push({ key, message });
  const kept = `${plural(tally.inProgress, "attempt")} in progress and ${plural(tally.finished, "finished attempt")}`;

  if (!sameSlots(before.slots, after.slots)) {
    add("slots", `The questions and marks apply only to attempts started after you save: ${kept} keep the questions and marks they were given.`);
  }
  if (before.shuffleQuestions !== after.shuffleQuestions || before.shuffleOptions !== after.shuffleOptions) {
    add("shuffle", `The shuffle settings apply only to attempts started after you save; ${kept} keep their order.`);
  }
  if (before.gradingMethod !== after.gradingMethod) {
    const changed = gradesChangedBy(after.gradingMethod, tally.learners);
    add(
      "gradingMethod",
      `The grade kept changes from ${methodLabel(before.gradingMethod)} to ${methodLabel(after.gradingMethod)}: quiz grades are recomputed from the marks of existing attempts, and ${plural(changed, "learner")}'${changed === 1 ? "s" : ""} quiz grade will change. No attempt's marks change.`,
    );
  }
  if (!sameReviewOptions(before.reviewOptions, after.reviewOptions) && tally.finished > 0) {
    add("review", `The review settings change what learners see when they review their ${plural(tally.finished, "finished attempt")} from now on.`);
  }
  if (before.timeLimitSeconds !== after.timeLimitSeconds) {
    add("timeLimit", `The time limit applies to attempts started after you save; ${plural(tally.inProgress, "attempt")} in progress keep the deadline they started with.`);
  }
  if (after.attemptsAllowed !== null && (before.attemptsAllowed === null || after.attemptsAllowed < before.attemptsAllowed)) {
    const limit = after.attemptsAllowed;
    const blocked = tally.learners.filter((learner) => learner.attempts.length >= limit).length;
    if (blocked > 0) {
      add("attemptsAllowed", `${plural(blocked, "learner has", "learners have")} already used ${limit} or more attempts: they keep every attempt and grade, but cannot start another.`);
    }
  }
  if (after.closesAt !== null && (before.closesAt === null || after.closesAt < before.closesAt)) {
    const when = after.closesAt <= now ? "The new close time has passed: the quiz closes as soon as you save" : `The quiz now closes earlier, at ${formatWhen(after.closesAt, "UTC")}`;
    add("closesAt", `${when}. No attempt can start after it; ${plural(tally.inProgress, "attempt")} in progress keep the deadline they started with, and reviews set for "after close" open then.`);
  }
  if (before.status === "published" && after.status === "draft") {
    add("unpublish", `Unpublishing hides the quiz from learners and nobody can start it; ${plural(tally.inProgress, "attempt")} in progress can still be submitted until their deadline. Finished attempts and grades are kept.`);
  }
  return items;
}
