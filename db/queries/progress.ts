import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { lessons, readingProgress, units } from "../schema";
import { notStarted, type ProgressState } from "@/lib/reading/progress";

export async function getProgress({ db, userId, lessonId }: { db: Database; userId: string; lessonId: string }): Promise<ProgressState> {
  const [row] = await db
    .select()
    .from(readingProgress)
    .where(and(eq(readingProgress.userId, userId), eq(readingProgress.lessonId, lessonId)))
    .limit(1);
  return row ? { ...row, updatedAt: row.updatedAt } : notStarted;
}

export async function saveProgress({ db, userId, lessonId, state }: { db: Database; userId: string; lessonId: string; state: ProgressState }) {
  const values = {
    status: state.status,
    completionSource: state.completionSource,
    lastParagraph: state.lastParagraph,
    visibleSeconds: state.visibleSeconds,
    reachedEnd: state.reachedEnd,
    completedAt: state.status === "completed" ? (state.updatedAt ?? new Date()) : null,
    updatedAt: state.updatedAt ?? new Date(),
  };
  await db
    .insert(readingProgress)
    .values({ userId, lessonId, ...values })
    .onConflictDoUpdate({ target: [readingProgress.userId, readingProgress.lessonId], set: values });
}

/** The learner's progress on every lesson of a course, keyed by lesson id. */
export async function listCourseProgress({ db, userId, courseId }: { db: Database; userId: string; courseId: string }) {
  const rows = await db
    .select({
      lessonId: readingProgress.lessonId,
      status: readingProgress.status,
      lastParagraph: readingProgress.lastParagraph,
      updatedAt: readingProgress.updatedAt,
    })
    .from(readingProgress)
    .innerJoin(lessons, eq(lessons.id, readingProgress.lessonId))
    .innerJoin(units, eq(units.id, lessons.unitId))
    .where(and(eq(readingProgress.userId, userId), eq(units.courseId, courseId)));
  return new Map(rows.map((row) => [row.lessonId, row]));
}

/** The course a lesson belongs to, so access can be checked against it. */
export async function getLessonCourse({ db, lessonId }: { db: Database; lessonId: string }) {
  const [row] = await db
    .select({ lessonId: lessons.id, wordCount: lessons.wordCount, courseId: units.courseId })
    .from(lessons)
    .innerJoin(units, eq(units.id, lessons.unitId))
    .where(eq(lessons.id, lessonId))
    .limit(1);
  return row;
}
