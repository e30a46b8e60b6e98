import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { accommodations, attempts, quizzes, users } from "../schema";
import type { Tx } from "./attempts";

/** Accommodations and the open attempts they (and "Extend now") lengthen. Every query is scoped by course. */

export type AccommodationRow = typeof accommodations.$inferSelect;

/** The course-wide accommodations and this quiz's, for every learner that has one. */
export async function listQuizAccommodationRows({ db, courseId, quizId }: { db: Database; courseId: string; quizId: string }) {
  return db
    .select()
    .from(accommodations)
    .where(and(eq(accommodations.courseId, courseId), or(eq(accommodations.quizId, quizId), isNull(accommodations.quizId))));
}

/** One learner's accommodations in the course, the course-wide one first, then by quiz title. */
export async function listLearnerAccommodationRows({ db, courseId, userId }: { db: Database | Tx; courseId: string; userId: string }) {
  return db
    .select({ accommodation: accommodations, quizTitle: quizzes.title })
    .from(accommodations)
    .leftJoin(quizzes, eq(quizzes.id, accommodations.quizId))
    .where(and(eq(accommodations.courseId, courseId), eq(accommodations.userId, userId)))
    .orderBy(sql`${quizzes.title} asc nulls first`, asc(accommodations.id));
}

export async function upsertAccommodation({
  db,
  accommodation,
}: {
  db: Database | Tx;
  accommodation: Pick<typeof accommodations.$inferInsert, "courseId" | "userId" | "quizId" | "timeMultiplier" | "extraSeconds" | "extraAttempts" | "closesAt">;
}) {
  const { timeMultiplier, extraSeconds, extraAttempts, closesAt } = accommodation;
  const [row] = await db
    .insert(accommodations)
    .values(accommodation)
    .onConflictDoUpdate({
      target: [accommodations.courseId, accommodations.userId, accommodations.quizId],
      set: { timeMultiplier, extraSeconds, extraAttempts, closesAt, updatedAt: new Date() },
    })
    .returning();
  return row;
}

/** The removed row, or undefined when there was none. */
export async function deleteAccommodation({ db, courseId, userId, quizId }: { db: Database | Tx; courseId: string; userId: string; quizId: string | null }) {
  const [removed] = await db
    .delete(accommodations)
    .where(and(eq(accommodations.courseId, courseId), eq(accommodations.userId, userId), quizId === null ? isNull(accommodations.quizId) : eq(accommodations.quizId, quizId)))
    .returning();
  return removed;
}

/** The learner's attempts under way in the course (previews excluded), locked so a save or submission waits for the new deadline. */
export async function lockOpenCourseAttempts({ tx, courseId, userId }: { tx: Tx; courseId: string; userId: string }) {
  return tx
    .select({ attempt: attempts, quiz: quizzes })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .where(and(eq(quizzes.courseId, courseId), eq(attempts.userId, userId), eq(attempts.state, "in_progress"), eq(attempts.preview, false)))
    .orderBy(asc(attempts.id))
    .for("update", { of: attempts });
}

/** A quiz's attempts under way, with their learners, the soonest deadline first. */
export async function listRunningAttempts({ db, quizId }: { db: Database; quizId: string }) {
  return db
    .select({ id: attempts.id, number: attempts.number, startedAt: attempts.startedAt, deadlineAt: attempts.deadlineAt, userId: users.id, name: users.name, email: users.email })
    .from(attempts)
    .innerJoin(users, eq(users.id, attempts.userId))
    .where(and(eq(attempts.quizId, quizId), eq(attempts.state, "in_progress"), eq(attempts.preview, false)))
    .orderBy(asc(attempts.deadlineAt), asc(users.name));
}

export async function setAttemptDeadline({ tx, attemptId, deadlineAt }: { tx: Tx; attemptId: string; deadlineAt: Date }) {
  await tx.update(attempts).set({ deadlineAt }).where(and(eq(attempts.id, attemptId), eq(attempts.state, "in_progress")));
}
