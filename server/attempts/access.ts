import type { Database } from "@/db/client";
import { getActiveEnrollment, isCourseInstructor } from "@/db/queries/courses";
import { getAttempt, getQuiz } from "@/db/queries/attempts";
import { courses } from "@/db/schema";
import { eq } from "drizzle-orm";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { CurrentUser } from "@/server/auth/guards";

/**
 * Who may touch an attempt. Answering and submitting belong to its owner alone; someone else's
 * attempt is reported as not found, so ids cannot be probed. Course staff may read it for review.
 */

async function courseOf(db: Database, courseId: string) {
  const [course] = await db.select().from(courses).where(eq(courses.id, courseId)).limit(1);
  if (!course) throw new NotFoundError("That course");
  return course;
}

export async function ownAttempt(db: Database, user: CurrentUser, attemptId: string) {
  const attempt = await getAttempt({ db, attemptId });
  if (!attempt || attempt.userId !== user.id) throw new NotFoundError("That attempt");
  const quiz = await getQuiz({ db, quizId: attempt.quizId });
  if (!quiz) throw new NotFoundError("That attempt");
  return { attempt, quiz, course: await courseOf(db, quiz.courseId) };
}

export async function readableAttempt(db: Database, user: CurrentUser, attemptId: string) {
  const attempt = await getAttempt({ db, attemptId });
  if (!attempt) throw new NotFoundError("That attempt");
  const quiz = await getQuiz({ db, quizId: attempt.quizId });
  if (!quiz) throw new NotFoundError("That attempt");
  const course = await courseOf(db, quiz.courseId);
  if (attempt.userId === user.id) return { attempt, quiz, course, asStaff: false };
  const staff = user.role === "admin" || (user.role === "instructor" && (await isCourseInstructor({ db, courseId: course.id, userId: user.id })));
  if (!staff) throw new NotFoundError("That attempt");
  return { attempt, quiz, course, asStaff: true };
}

/** A published quiz in a course the learner is actively enrolled in. */
export async function learnerQuiz(db: Database, user: CurrentUser, quizId: string) {
  const quiz = await getQuiz({ db, quizId });
  if (!quiz || quiz.status !== "published") throw new NotFoundError("That quiz");
  const course = await courseOf(db, quiz.courseId);
  if (!(await getActiveEnrollment({ db, courseId: course.id, userId: user.id }))) {
    throw new ForbiddenError("Only learners enrolled in this course can take its quizzes.");
  }
  return { quiz, course };
}
