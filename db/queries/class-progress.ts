import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { enrollments, lessons, questions, readingProgress, reviewCards, units } from "../schema";
import { countedInCourse } from "./review";

/** The whole class's reading progress and review cards in a course, for the instructor's progress page. */

/** Reading progress of the course's active learners on its published lessons. */
export async function listClassReadingProgress({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({ userId: readingProgress.userId, lessonId: readingProgress.lessonId, status: readingProgress.status, visibleSeconds: readingProgress.visibleSeconds })
    .from(readingProgress)
    .innerJoin(lessons, eq(lessons.id, readingProgress.lessonId))
    .innerJoin(units, eq(units.id, lessons.unitId))
    .innerJoin(enrollments, and(eq(enrollments.userId, readingProgress.userId), eq(enrollments.courseId, courseId), eq(enrollments.status, "active")))
    .where(and(eq(units.courseId, courseId), eq(lessons.status, "published"), eq(units.status, "published")));
}

/**
 * The review cards that count toward mastery (as on each learner's course map: active, auto-graded
 * questions of the course in published lessons) for every active learner of the course.
 */
export async function listClassReviewCards({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({
      userId: reviewCards.userId,
      lessonId: lessons.id,
      due: reviewCards.due,
      stability: reviewCards.stability,
      difficulty: reviewCards.difficulty,
      elapsedDays: reviewCards.elapsedDays,
      scheduledDays: reviewCards.scheduledDays,
      reps: reviewCards.reps,
      lapses: reviewCards.lapses,
      state: reviewCards.state,
      lastReview: reviewCards.lastReview,
    })
    .from(reviewCards)
    .innerJoin(questions, eq(questions.id, reviewCards.questionId))
    .innerJoin(lessons, eq(lessons.id, reviewCards.lessonId))
    .innerJoin(units, eq(units.id, lessons.unitId))
    .innerJoin(enrollments, and(eq(enrollments.userId, reviewCards.userId), eq(enrollments.courseId, courseId), eq(enrollments.status, "active")))
    .where(countedInCourse(courseId));
}
