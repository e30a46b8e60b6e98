import { and, asc, count, countDistinct, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import type { Tx } from "./attempts";
import {
  attemptQuestions,
  attempts,
  enrollments,
  lessons,
  questionTags,
  questionVersions,
  questions,
  quizGrades,
  quizSlots,
  quizzes,
  tags,
  units,
  users,
} from "../schema";

/** What instructors read and write when they set up quizzes. Every query is scoped by course. */

export type NewQuizRow = Omit<typeof quizzes.$inferInsert, "id" | "createdAt" | "updatedAt">;
export type NewSlotRow = Pick<typeof quizSlots.$inferInsert, "kind" | "questionId" | "randomLessonId" | "randomTagId" | "marks">;
export type QuizRow = typeof quizzes.$inferSelect;
export type SlotRow = typeof quizSlots.$inferSelect;

export async function listCourseQuizzes({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({
      id: quizzes.id,
      title: quizzes.title,
      status: quizzes.status,
      timeLimitSeconds: quizzes.timeLimitSeconds,
      opensAt: quizzes.opensAt,
      closesAt: quizzes.closesAt,
      attemptsAllowed: quizzes.attemptsAllowed,
      slots: count(quizSlots.id),
    })
    .from(quizzes)
    .leftJoin(quizSlots, eq(quizSlots.quizId, quizzes.id))
    .where(eq(quizzes.courseId, courseId))
    .groupBy(quizzes.id)
    .orderBy(asc(quizzes.createdAt), asc(quizzes.id));
}

export async function getCourseQuiz({ db, courseId, quizId }: { db: Database; courseId: string; quizId: string }) {
  const [quiz] = await db
    .select()
    .from(quizzes)
    .where(and(eq(quizzes.id, quizId), eq(quizzes.courseId, courseId)))
    .limit(1);
  return quiz;
}

export async function listQuizSlots({ db, quizId }: { db: Database; quizId: string }) {
  return db.select().from(quizSlots).where(eq(quizSlots.quizId, quizId)).orderBy(asc(quizSlots.position));
}

export async function countQuizAttempts({ db, quizId }: { db: Database; quizId: string }) {
  const [row] = await db.select({ n: count() }).from(attempts).where(and(eq(attempts.quizId, quizId), eq(attempts.preview, false)));
  return row?.n ?? 0;
}

/** The course's active questions at their current version, in course order, for choosing a fixed slot. */
export async function listQuestionChoices({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({ id: questions.id, type: questions.type, stem: questionVersions.stem, lessonId: lessons.id, lessonTitle: lessons.title })
    .from(questions)
    .innerJoin(questionVersions, and(eq(questionVersions.questionId, questions.id), eq(questionVersions.version, questions.currentVersion)))
    .leftJoin(lessons, eq(lessons.id, questions.lessonId))
    .leftJoin(units, eq(units.id, lessons.unitId))
    .where(and(eq(questions.courseId, courseId), eq(questions.status, "active")))
    .orderBy(asc(units.position), asc(lessons.position), asc(questions.externalId), asc(questions.id));
}

/** The course's lessons with how many active questions a random draw could pick from. */
export async function listLessonChoices({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({ id: lessons.id, title: lessons.title, unitTitle: units.title, questions: count(questions.id) })
    .from(lessons)
    .innerJoin(units, eq(units.id, lessons.unitId))
    .leftJoin(questions, and(eq(questions.lessonId, lessons.id), eq(questions.status, "active")))
    .where(eq(units.courseId, courseId))
    .groupBy(lessons.id, units.id)
    .orderBy(asc(units.position), asc(lessons.position));
}

/** Tags carried by at least one active question of the course. */
export async function listTagChoices({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({ id: tags.id, name: tags.name, questions: countDistinct(questions.id) })
    .from(tags)
    .innerJoin(questionTags, eq(questionTags.tagId, tags.id))
    .innerJoin(questions, and(eq(questions.id, questionTags.questionId), eq(questions.status, "active")))
    .where(eq(tags.courseId, courseId))
    .groupBy(tags.id)
    .orderBy(asc(tags.name));
}

/** Which of these ids are this course's active questions, lessons and tags. */
export async function findCourseSlotTargets({
  db,
  courseId,
  questionIds,
  lessonIds,
  tagIds,
}: {
  db: Database;
  courseId: string;
  questionIds: string[];
  lessonIds: string[];
  tagIds: string[];
}) {
  const [questionRows, lessonRows, tagRows] = await Promise.all([
    questionIds.length
      ? db
          .select({ id: questions.id })
          .from(questions)
          .where(and(inArray(questions.id, questionIds), eq(questions.courseId, courseId), eq(questions.status, "active")))
      : [],
    lessonIds.length
      ? db
          .select({ id: lessons.id })
          .from(lessons)
          .innerJoin(units, eq(units.id, lessons.unitId))
          .where(and(inArray(lessons.id, lessonIds), eq(units.courseId, courseId)))
      : [],
    tagIds.length ? db.select({ id: tags.id }).from(tags).where(and(inArray(tags.id, tagIds), eq(tags.courseId, courseId))) : [],
  ]);
  return {
    questionIds: new Set(questionRows.map((row) => row.id)),
    lessonIds: new Set(lessonRows.map((row) => row.id)),
    tagIds: new Set(tagRows.map((row) => row.id)),
  };
}

export async function insertQuizWithSlots({ db, quiz, slots }: { db: Database; quiz: NewQuizRow; slots: NewSlotRow[] }): Promise<string> {
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(quizzes).values(quiz).returning({ id: quizzes.id });
    if (!created) throw new Error("The quiz was not inserted");
    if (slots.length) await tx.insert(quizSlots).values(slots.map((slot, index) => ({ ...slot, quizId: created.id, position: index + 1 })));
    return created.id;
  });
}

const slotIdentity = (slot: NewSlotRow) => `${slot.kind}:${slot.questionId ?? ""}:${slot.randomLessonId ?? ""}:${slot.randomTagId ?? ""}`;

/**
 * Saves the settings and makes the slots exactly `slots`, in order. A slot that stays (same
 * question, lesson or tag) keeps its row, so attempts that drew from it still point at it; a slot
 * that goes is unlinked from past attempts first, which keep their own copy of the question, its
 * version and its mark. Returns false when the quiz is not in this course.
 */
export async function replaceQuizWithSlots({
  db,
  courseId,
  quizId,
  quiz,
  slots,
}: {
  db: Database;
  courseId: string;
  quizId: string;
  quiz: Omit<NewQuizRow, "courseId" | "createdBy">;
  slots: NewSlotRow[];
}): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(quizzes)
      .set({ ...quiz, updatedAt: new Date() })
      .where(and(eq(quizzes.id, quizId), eq(quizzes.courseId, courseId)))
      .returning({ id: quizzes.id });
    if (!updated) return false;
    const existing = await tx.select().from(quizSlots).where(eq(quizSlots.quizId, quizId)).orderBy(asc(quizSlots.position));
    const unclaimed = new Map<string, (typeof existing)[number][]>();
    for (const slot of existing) unclaimed.set(slotIdentity(slot), [...(unclaimed.get(slotIdentity(slot)) ?? []), slot]);
    const plan = slots.map((slot, index) => ({ slot, position: index + 1, keep: unclaimed.get(slotIdentity(slot))?.shift() }));
    const dropped = [...unclaimed.values()].flat().map((slot) => slot.id);

    // (quiz, position) is unique and checked row by row: move every row out of the way first.
    if (existing.length) await tx.update(quizSlots).set({ position: sql`0 - ${quizSlots.position}` }).where(eq(quizSlots.quizId, quizId));
    if (dropped.length) {
      await tx.update(attemptQuestions).set({ slotId: null }).where(inArray(attemptQuestions.slotId, dropped));
      await tx.delete(quizSlots).where(and(eq(quizSlots.quizId, quizId), inArray(quizSlots.id, dropped)));
    }
    for (const { keep, slot, position } of plan) {
      if (keep) await tx.update(quizSlots).set({ position, marks: slot.marks }).where(and(eq(quizSlots.id, keep.id), eq(quizSlots.quizId, quizId)));
    }
    const fresh = plan.filter((entry) => !entry.keep);
    if (fresh.length) await tx.insert(quizSlots).values(fresh.map(({ slot, position }) => ({ ...slot, quizId, position })));
    return true;
  });
}

/** Learners actively enrolled in the course, by name. */
export async function listCourseLearners({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(and(eq(enrollments.courseId, courseId), eq(enrollments.status, "active")))
    .orderBy(asc(users.name), asc(users.email));
}

export async function updateQuizStatus({ tx, courseId, quizId, status }: { tx: Tx; courseId: string; quizId: string; status: QuizRow["status"] }) {
  const [row] = await tx
    .update(quizzes)
    .set({ status, updatedAt: new Date() })
    .where(and(eq(quizzes.id, quizId), eq(quizzes.courseId, courseId)))
    .returning({ id: quizzes.id });
  return row !== undefined;
}

/** The quiz's real attempts (previews apart) by state, and how many each learner has used. */
export async function listQuizAttemptCounts({ db, quizId }: { db: Database; quizId: string }) {
  return db
    .select({ userId: attempts.userId, state: attempts.state, n: count() })
    .from(attempts)
    .where(and(eq(attempts.quizId, quizId), eq(attempts.preview, false)))
    .groupBy(attempts.userId, attempts.state);
}

/** Each learner's real attempts with their stored marks, and the quiz grade kept for them. */
export async function listQuizGradeInputs({ db, quizId }: { db: Database; quizId: string }) {
  const [rows, grades] = await Promise.all([
    db
      .select({ userId: attempts.userId, number: attempts.number, submittedAt: attempts.submittedAt, sumMarks: attempts.sumMarks, maxMarks: attempts.maxMarks, needsGrading: attempts.needsGrading })
      .from(attempts)
      .where(and(eq(attempts.quizId, quizId), eq(attempts.preview, false)))
      .orderBy(asc(attempts.userId), asc(attempts.number)),
    db.select({ userId: quizGrades.userId, grade: quizGrades.grade }).from(quizGrades).where(eq(quizGrades.quizId, quizId)),
  ]);
  return { rows, grades: new Map(grades.map((row) => [row.userId, row.grade])) };
}
