import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { attemptQuestions, attempts, enrollments, quizGrades, quizSlots, quizzes, responses, users } from "../schema";

/** What the instructor's gradebook reads. Every query is scoped by course; previews never count. */

/** The course's active learners, by name. */
export async function listCourseLearners({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(and(eq(enrollments.courseId, courseId), eq(enrollments.status, "active")))
    .orderBy(asc(users.name), asc(users.email));
}

export async function listGradebookQuizzes({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({ id: quizzes.id, title: quizzes.title, gradingMethod: quizzes.gradingMethod, attemptsAllowed: quizzes.attemptsAllowed, status: quizzes.status })
    .from(quizzes)
    .where(eq(quizzes.courseId, courseId))
    .orderBy(asc(quizzes.createdAt), asc(quizzes.title));
}

/** Every learner's grade on every quiz of the course, as quiz_grades keeps it. */
export async function listCourseQuizGrades({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({ quizId: quizGrades.quizId, userId: quizGrades.userId, grade: quizGrades.grade })
    .from(quizGrades)
    .innerJoin(quizzes, eq(quizzes.id, quizGrades.quizId))
    .where(eq(quizzes.courseId, courseId));
}

/** Attempts per learner and quiz: all, still open, and submitted with answers waiting for a person. */
export async function countCourseAttempts({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({
      quizId: attempts.quizId,
      userId: attempts.userId,
      total: sql<number>`count(*)::int`,
      inProgress: sql<number>`count(*) filter (where ${attempts.state} = 'in_progress')::int`,
      awaitingGrading: sql<number>`count(*) filter (where ${attempts.state} = 'submitted' and ${attempts.needsGrading})::int`,
    })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .where(and(eq(quizzes.courseId, courseId), eq(attempts.preview, false)))
    .groupBy(attempts.quizId, attempts.userId);
}

export async function getGradebookQuiz({ db, courseId, quizId }: { db: Database; courseId: string; quizId: string }) {
  const [quiz] = await db
    .select({ id: quizzes.id, title: quizzes.title })
    .from(quizzes)
    .where(and(eq(quizzes.id, quizId), eq(quizzes.courseId, courseId)))
    .limit(1);
  return quiz;
}

export async function countQuizSlots({ db, quizId }: { db: Database; quizId: string }) {
  const [row] = await db.select({ slots: sql<number>`count(*)::int` }).from(quizSlots).where(eq(quizSlots.quizId, quizId));
  return row?.slots ?? 0;
}

/**
 * Every submitted attempt at the quiz by a learner of the course, with its questions' marks placed
 * by the slot they came from (the attempt's own position when the slot is gone).
 */
export async function listSubmittedAttemptMarks({ db, courseId, quizId }: { db: Database; courseId: string; quizId: string }) {
  const rows = await db
    .select({
      attemptId: attempts.id,
      name: users.name,
      email: users.email,
      number: attempts.number,
      submittedAt: attempts.submittedAt,
      submittedBy: attempts.submittedBy,
      sumMarks: attempts.sumMarks,
      maxMarks: attempts.maxMarks,
      needsGrading: attempts.needsGrading,
      slot: sql<number>`coalesce(${quizSlots.position}, ${attemptQuestions.position})::int`,
      mark: responses.mark,
      maxMark: attemptQuestions.maxMark,
      dropped: attemptQuestions.dropped,
    })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .innerJoin(users, eq(users.id, attempts.userId))
    .innerJoin(enrollments, and(eq(enrollments.userId, attempts.userId), eq(enrollments.courseId, quizzes.courseId), eq(enrollments.status, "active")))
    .innerJoin(attemptQuestions, eq(attemptQuestions.attemptId, attempts.id))
    .leftJoin(responses, eq(responses.attemptQuestionId, attemptQuestions.id))
    .leftJoin(quizSlots, eq(quizSlots.id, attemptQuestions.slotId))
    .where(and(eq(attempts.quizId, quizId), eq(quizzes.courseId, courseId), eq(attempts.state, "submitted"), eq(attempts.preview, false)))
    .orderBy(asc(users.name), asc(users.email), asc(attempts.number), asc(attemptQuestions.position));
  const byAttempt = new Map<string, Omit<(typeof rows)[number], "slot" | "mark" | "maxMark" | "dropped" | "attemptId"> & { questions: { slot: number; mark: number | null; maxMark: number; dropped: string | null }[] }>();
  for (const { attemptId, slot, mark, maxMark, dropped, ...attempt } of rows) {
    let entry = byAttempt.get(attemptId);
    if (!entry) byAttempt.set(attemptId, (entry = { ...attempt, questions: [] }));
    entry.questions.push({ slot, mark, maxMark, dropped });
  }
  return [...byAttempt.values()];
}
