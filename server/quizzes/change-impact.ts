import { createHash } from "node:crypto";
import type { Database } from "@/db/client";
import { upsertQuizGrade, type Tx } from "@/db/queries/attempts";
import { listQuizGradeInputs, type QuizRow, type SlotRow } from "@/db/queries/quiz-admin";
import { quizGrade, type GradingMethod } from "@/lib/attempts/grading-method";
import { quizChangeImpact, sameGrade, type ImpactItem, type ImpactSettings, type LearnerRecord } from "@/lib/quizzes/change-impact";
import type { QuizInput } from "@/lib/quizzes/quiz-input";
import { PublicError } from "@/lib/errors";

/** A save that would reach existing attempts: nothing was saved; the form shows the items and asks again. */
export class QuizChangeNeedsConfirmation extends PublicError {
  constructor(
    readonly items: ImpactItem[],
    readonly token: string,
  ) {
    super("This quiz has attempts. Check what your changes affect, then save anyway or change them.");
    this.name = "QuizChangeNeedsConfirmation";
  }
}

const storedSettings = (quiz: QuizRow, slots: SlotRow[]): ImpactSettings => ({
  ...quiz,
  slots: slots.map((slot) => ({ target: slot.questionId ? `fixed:${slot.questionId}` : slot.randomLessonId ? `lesson:${slot.randomLessonId}` : `tag:${slot.randomTagId}`, marks: slot.marks })),
});

const inputSettings = (input: QuizInput): ImpactSettings => ({
  ...input,
  slots: input.slots.map((slot) => ({ target: slot.kind === "fixed" ? `fixed:${slot.questionId}` : slot.kind === "lesson" ? `lesson:${slot.lessonId}` : `tag:${slot.tagId}`, marks: slot.marks })),
});

/** Each learner's attempts as the grading method reads them, and the grade stored for them now. */
async function learnerRecords(db: Database, quizId: string) {
  const { rows, grades } = await listQuizGradeInputs({ db, quizId });
  const byLearner = new Map<string, LearnerRecord>();
  for (const row of rows) {
    const record = byLearner.get(row.userId) ?? { attempts: [], storedGrade: grades.get(row.userId) ?? null };
    record.attempts.push({ number: row.number, submittedAt: row.submittedAt, fraction: row.needsGrading || row.sumMarks === null ? null : row.maxMarks === 0 ? 0 : row.sumMarks / row.maxMarks });
    byLearner.set(row.userId, record);
  }
  return byLearner;
}

/**
 * What saving `input` over the stored quiz does to its attempts, and a token naming exactly that
 * impact: a confirmation is accepted only for the impact it was shown, so when the attempts or the
 * change differ by the time it arrives, the instructor is asked again.
 */
export async function assessQuizChange({ db, quiz, slots, input, now }: { db: Database; quiz: QuizRow; slots: SlotRow[]; input: QuizInput; now: Date }) {
  const learners = await learnerRecords(db, quiz.id);
  const all = [...learners.values()].flatMap((learner) => learner.attempts);
  const inProgress = all.filter((attempt) => attempt.submittedAt === null).length;
  const items = quizChangeImpact({ before: storedSettings(quiz, slots), after: inputSettings(input), tally: { inProgress, finished: all.length - inProgress, learners: [...learners.values()] }, now });
  const token = items.length ? createHash("sha256").update(JSON.stringify(items)).digest("hex").slice(0, 32) : "";
  return { items, token };
}

/**
 * Stores every learner's quiz grade as `method` computes it from their attempts' marks, which stay
 * as they are. Returns the learners whose grade changed, for the audit entry.
 */
export async function recomputeQuizGrades({ tx, quizId, method, now }: { tx: Tx; quizId: string; method: GradingMethod; now: Date }) {
  const changed: { userId: string; before: number | null; after: number | null }[] = [];
  for (const [userId, record] of await learnerRecords(tx, quizId)) {
    const grade = quizGrade(method, record.attempts);
    await upsertQuizGrade({ db: tx, quizId, userId, grade, now });
    if (!sameGrade(grade, record.storedGrade)) changed.push({ userId, before: record.storedGrade, after: grade });
  }
  return changed;
}
