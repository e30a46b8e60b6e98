import type { Database } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/grading";
import { insertQuizWithSlots, listQuizAttemptCounts, listQuizSlots, updateQuizStatus } from "@/db/queries/quiz-admin";
import { quizLimits } from "@/lib/quizzes/quiz-input";
import type { QuizStatus } from "@/lib/quizzes/form-fields";
import { instructorQuiz, type CourseInstructorGuard } from "./scope";

/**
 * Copying, publishing and unpublishing a quiz from the course's quiz list. Each is one
 * transaction with its audit entry.
 */

/** A draft copy with the same settings and slots, titled "Copy of …"; returns its id. */
export async function duplicateQuiz({ db, guards, courseSlug, quizId }: { db: Database; guards: CourseInstructorGuard; courseSlug: string; quizId: string }) {
  const { user, course, quiz } = await instructorQuiz({ db, guards, courseSlug, quizId });
  const slots = await listQuizSlots({ db, quizId });
  const { courseId, instructions, timeLimitSeconds, opensAt, closesAt, attemptsAllowed, gradingMethod, shuffleQuestions, shuffleOptions, reviewOptions } = quiz;
  const settings = { courseId, instructions, timeLimitSeconds, opensAt, closesAt, attemptsAllowed, gradingMethod, shuffleQuestions, shuffleOptions, reviewOptions };
  const title = `Copy of ${quiz.title}`.slice(0, quizLimits.title);
  return db.transaction(async (tx) => {
    const copyId = await insertQuizWithSlots({
      db: tx,
      quiz: { ...settings, title, status: "draft", createdBy: user.id },
      slots: slots.map(({ kind, questionId, randomLessonId, randomTagId, marks }) => ({ kind, questionId, randomLessonId, randomTagId, marks })),
    });
    await insertAuditEntry({ tx, entry: { actorId: user.id, courseId: course.id, action: "quiz_duplicated", entityType: "quiz", entityId: copyId, before: { quizId: quiz.id, title: quiz.title }, after: { title, slots: slots.length } } });
    return copyId;
  });
}

/**
 * Publishes or unpublishes. Unpublishing hides the quiz from learners and stops new attempts;
 * attempts already in progress may still be submitted until their deadline (the sweep hands them
 * in after it), and finished attempts, their reviews and grades are kept. Returns how many
 * attempts are in progress, for the message that says so.
 */
export async function setQuizStatus({ db, guards, courseSlug, quizId, status }: { db: Database; guards: CourseInstructorGuard; courseSlug: string; quizId: string; status: QuizStatus }) {
  const { user, course, quiz } = await instructorQuiz({ db, guards, courseSlug, quizId });
  const inProgress = (await listQuizAttemptCounts({ db, quizId })).filter((row) => row.state === "in_progress").reduce((sum, row) => sum + row.n, 0);
  if (quiz.status !== status) {
    await db.transaction(async (tx) => {
      await updateQuizStatus({ tx, courseId: course.id, quizId, status });
      await insertAuditEntry({ tx, entry: { actorId: user.id, courseId: course.id, action: status === "published" ? "quiz_published" : "quiz_unpublished", entityType: "quiz", entityId: quizId, before: { status: quiz.status }, after: { status, attemptsInProgress: inProgress } } });
    });
  }
  return { title: quiz.title, status, inProgress };
}
