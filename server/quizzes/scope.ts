import type { Database } from "@/db/client";
import { getCourseQuiz } from "@/db/queries/quiz-admin";
import { NotFoundError } from "@/lib/errors";
import type { Guards } from "@/server/auth/guards";

export type CourseInstructorGuard = Pick<Guards, "requireCourseInstructor">;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from a URL or a form that could be a row's: anything else is reported as not found. */
export const isUuid = (value: string) => uuidPattern.test(value);

/**
 * The course's instructor (or an admin) and one of the course's quizzes. A quiz of another course
 * is reported as missing, so ids cannot be probed across courses.
 */
export async function instructorQuiz({ db, guards, courseSlug, quizId }: { db: Database; guards: CourseInstructorGuard; courseSlug: string; quizId: string }) {
  const { user, course } = await guards.requireCourseInstructor(courseSlug);
  const quiz = isUuid(quizId) ? await getCourseQuiz({ db, courseId: course.id, quizId }) : undefined;
  if (!quiz) throw new NotFoundError("That quiz");
  return { user, course, quiz };
}
