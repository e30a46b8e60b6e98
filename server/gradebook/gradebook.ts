import type { Database } from "@/db/client";
import { countCourseAttempts, countQuizSlots, getGradebookQuiz, listCourseLearners, listCourseQuizGrades, listGradebookQuizzes, listSubmittedAttemptMarks } from "@/db/queries/gradebook";
import { NotFoundError } from "@/lib/errors";
import { csvFileName, toCsv } from "@/lib/gradebook/csv";
import { filterRows, gradebookCsvRows, gradebookStatus, sortRows, type GradebookQuery, type GradebookQuiz, type GradebookRow } from "@/lib/gradebook/gradebook";
import { questionExportRows } from "@/lib/gradebook/question-export";
import type { Guards } from "@/server/auth/guards";

/**
 * The instructor's gradebook. Every entry point checks, on the server, that the signed-in user
 * teaches the course (or is an admin) before it reads anything; a student, or another course's
 * instructor, is refused whichever page, route or action they call.
 */
export type CourseInstructorGuard = Pick<Guards, "requireCourseInstructor">;

/** Learners × quizzes for a course whose access has already been checked. */
export async function buildGradebook({ db, courseId }: { db: Database; courseId: string }): Promise<{ quizzes: GradebookQuiz[]; rows: GradebookRow[] }> {
  const [learners, quizRows, grades, counts] = await Promise.all([
    listCourseLearners({ db, courseId }),
    listGradebookQuizzes({ db, courseId }),
    listCourseQuizGrades({ db, courseId }),
    countCourseAttempts({ db, courseId }),
  ]);
  const key = (quizId: string, userId: string) => `${quizId}:${userId}`;
  const gradeOf = new Map(grades.map((row) => [key(row.quizId, row.userId), row.grade]));
  const countsOf = new Map(counts.map((row) => [key(row.quizId, row.userId), row]));
  const quizzes = quizRows.map((quiz) => ({ id: quiz.id, title: quiz.title, gradingMethod: quiz.gradingMethod, attemptsAllowed: quiz.attemptsAllowed, published: quiz.status === "published" }));
  const rows = learners.map((learner) => ({
    userId: learner.userId,
    name: learner.name,
    email: learner.email,
    cells: Object.fromEntries(
      quizzes.map((quiz) => {
        const count = countsOf.get(key(quiz.id, learner.userId)) ?? { total: 0, inProgress: 0, awaitingGrading: 0 };
        return [quiz.id, { grade: gradeOf.get(key(quiz.id, learner.userId)) ?? null, attempts: count.total, status: gradebookStatus(count) }];
      }),
    ),
  }));
  return { quizzes, rows };
}

export async function loadGradebook({ db, guards, courseSlug, query }: { db: Database; guards: CourseInstructorGuard; courseSlug: string; query: GradebookQuery }) {
  const { course } = await guards.requireCourseInstructor(courseSlug);
  const { quizzes, rows } = await buildGradebook({ db, courseId: course.id });
  const sort = query.sort === "name" || query.sort === "email" || quizzes.some((quiz) => quiz.id === query.sort) ? query.sort : "name";
  return { course, quizzes, learnerCount: rows.length, rows: sortRows(filterRows(rows, query), { sort, dir: query.dir }), query: { ...query, sort } };
}

/** One row per learner (all of them, by name), grade %, attempts and status per quiz. */
export async function exportGradebookCsv({ db, guards, courseSlug }: { db: Database; guards: CourseInstructorGuard; courseSlug: string }) {
  const { course } = await guards.requireCourseInstructor(courseSlug);
  const { quizzes, rows } = await buildGradebook({ db, courseId: course.id });
  return { fileName: csvFileName(course.slug, "gradebook"), csv: toCsv(gradebookCsvRows(quizzes, sortRows(rows, { sort: "name", dir: "asc" }))) };
}

/** One row per submitted attempt at the quiz, with the mark per question (see `questionExportRows`). */
export async function exportQuizQuestionsCsv({ db, guards, courseSlug, quizId }: { db: Database; guards: CourseInstructorGuard; courseSlug: string; quizId: string }) {
  const { course } = await guards.requireCourseInstructor(courseSlug);
  const quiz = await getGradebookQuiz({ db, courseId: course.id, quizId });
  if (!quiz) throw new NotFoundError("That quiz");
  const [slotCount, attempts] = await Promise.all([countQuizSlots({ db, quizId }), listSubmittedAttemptMarks({ db, courseId: course.id, quizId })]);
  const slots = Math.max(slotCount, ...attempts.flatMap((attempt) => attempt.questions.map((question) => question.slot)));
  return { fileName: csvFileName(course.slug, quiz.title, "questions"), csv: toCsv(questionExportRows(slots, attempts)) };
}
