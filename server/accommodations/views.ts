import type { Database } from "@/db/client";
import { listLearnerAccommodationRows, listQuizAccommodationRows, type AccommodationRow } from "@/db/queries/accommodations";
import { getActiveEnrollment } from "@/db/queries/courses";
import { listCourseLearners, listCourseQuizzes } from "@/db/queries/quiz-admin";
import { getUserById } from "@/db/queries/users";
import { applicableAccommodation } from "@/lib/attempts/accommodations";
import { NotFoundError } from "@/lib/errors";
import { courseQuizOrNotFound, isUuid, type CourseInstructorGuard } from "./manage";

/** What the two accommodation pages show: by quiz (every learner) and by learner (every quiz). */

export interface LearnerAccommodations {
  learner: { id: string; name: string; email: string };
  quiz: AccommodationRow | null;
  course: AccommodationRow | null;
  /** What the attempt rules will use: the quiz's row, else the course-wide one. */
  applies: AccommodationRow | null;
}

export async function listQuizAccommodations({ db, guards, courseSlug, quizId }: { db: Database; guards: CourseInstructorGuard; courseSlug: string; quizId: string }) {
  const { course } = await guards.requireCourseInstructor(courseSlug);
  const quiz = await courseQuizOrNotFound(db, course.id, quizId);
  const [learners, rows] = await Promise.all([listCourseLearners({ db, courseId: course.id }), listQuizAccommodationRows({ db, courseId: course.id, quizId })]);
  const learnersWith: LearnerAccommodations[] = learners.map((learner) => {
    const own = rows.filter((row) => row.userId === learner.id);
    return {
      learner,
      quiz: own.find((row) => row.quizId === quiz.id) ?? null,
      course: own.find((row) => row.quizId === null) ?? null,
      applies: applicableAccommodation(own, quiz.id),
    };
  });
  return { course, quiz, learners: learnersWith };
}

/**
 * One learner's accommodations across the course: the course-wide one, which every quiz without
 * its own uses, and the per-quiz ones that replace it. Only for a learner enrolled here now.
 */
export async function loadLearnerAccommodations({ db, guards, courseSlug, userId }: { db: Database; guards: CourseInstructorGuard; courseSlug: string; userId: string }) {
  const { course } = await guards.requireCourseInstructor(courseSlug);
  const enrolled = isUuid(userId) && (await getActiveEnrollment({ db, courseId: course.id, userId }));
  const learner = enrolled ? await getUserById({ db, id: userId }) : undefined;
  if (!learner) throw new NotFoundError("That learner");
  const [rows, quizzes] = await Promise.all([listLearnerAccommodationRows({ db, courseId: course.id, userId }), listCourseQuizzes({ db, courseId: course.id })]);
  return {
    course,
    learner: { id: learner.id, name: learner.name, email: learner.email },
    courseWide: rows.find((row) => row.accommodation.quizId === null)?.accommodation ?? null,
    perQuiz: rows.flatMap(({ accommodation, quizTitle }) => (accommodation.quizId === null ? [] : [{ quizId: accommodation.quizId, quizTitle: quizTitle ?? "Quiz", row: accommodation }])),
    quizzes: quizzes.map((quiz) => ({ id: quiz.id, title: quiz.title, timeLimitSeconds: quiz.timeLimitSeconds, closesAt: quiz.closesAt })),
  };
}
