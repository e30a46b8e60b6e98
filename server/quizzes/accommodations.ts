import type { Database } from "@/db/client";
import { getActiveEnrollment } from "@/db/queries/courses";
import {
  deleteAccommodation,
  getCourseQuiz,
  listCourseLearners,
  listQuizAccommodationRows,
  upsertAccommodation,
  type AccommodationRow,
} from "@/db/queries/quiz-admin";
import { applicableAccommodation } from "@/lib/attempts/accommodations";
import { NotFoundError } from "@/lib/errors";
import { accommodationMessages, relaxesAnything, type AccommodationInput } from "@/lib/quizzes/accommodation-form";
import type { AccommodationScope } from "@/lib/quizzes/form-fields";
import { formatUtc } from "@/lib/quizzes/format";
import { QuizInputError } from "./errors";

/**
 * Accommodations for one quiz, set by its course's instructors (callers have passed
 * `guards.requireCourseInstructor`). A row for the quiz overrides the learner's course-wide one.
 */

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function courseQuiz(db: Database, courseId: string, quizId: string) {
  const quiz = uuidPattern.test(quizId) ? await getCourseQuiz({ db, courseId, quizId }) : undefined;
  if (!quiz) throw new NotFoundError("That quiz");
  return quiz;
}

export interface LearnerAccommodations {
  learner: { id: string; name: string; email: string };
  quiz: AccommodationRow | null;
  course: AccommodationRow | null;
  /** What the attempt rules will use: the quiz's row, else the course-wide one. */
  applies: AccommodationRow | null;
}

export async function listQuizAccommodations({ db, courseId, quizId }: { db: Database; courseId: string; quizId: string }) {
  const quiz = await courseQuiz(db, courseId, quizId);
  const [learners, rows] = await Promise.all([listCourseLearners({ db, courseId }), listQuizAccommodationRows({ db, courseId, quizId })]);
  const learnersWith: LearnerAccommodations[] = learners.map((learner) => {
    const own = rows.filter((row) => row.userId === learner.id);
    return {
      learner,
      quiz: own.find((row) => row.quizId === quiz.id) ?? null,
      course: own.find((row) => row.quizId === null) ?? null,
      applies: applicableAccommodation(own, quiz.id),
    };
  });
  return { quiz, learners: learnersWith };
}

/** Creates or replaces the learner's accommodation for this quiz (or the whole course). */
export async function saveAccommodation({ db, courseId, quizId, input }: { db: Database; courseId: string; quizId: string; input: AccommodationInput }) {
  const quiz = await courseQuiz(db, courseId, quizId);
  if (!uuidPattern.test(input.userId) || !(await getActiveEnrollment({ db, courseId, userId: input.userId }))) {
    throw new QuizInputError({ userId: [accommodationMessages.notEnrolled] });
  }
  if (!relaxesAnything(input)) throw new QuizInputError({ form: [accommodationMessages.nothing] });
  if (input.closesAt && input.scope === "quiz") {
    if (!quiz.closesAt) throw new QuizInputError({ closesAt: [accommodationMessages.neverCloses] });
    if (input.closesAt <= quiz.closesAt) throw new QuizInputError({ closesAt: [accommodationMessages.closeNotLater(formatUtc(quiz.closesAt))] });
  }
  // Values that would tighten the rules are refused by the form; these clamps keep a direct caller honest too.
  const row = await upsertAccommodation({
    db,
    accommodation: {
      courseId,
      userId: input.userId,
      quizId: input.scope === "quiz" ? quiz.id : null,
      timeMultiplier: input.timeMultiplier === null ? null : Math.max(1, input.timeMultiplier),
      extraSeconds: input.extraSeconds === null ? null : Math.max(0, input.extraSeconds),
      extraAttempts: input.extraAttempts === null ? null : Math.max(0, input.extraAttempts),
      closesAt: input.closesAt,
    },
  });
  if (!row) throw new Error("The accommodation was not saved");
  return row;
}

/** Returns false when there was nothing to remove. */
export async function removeAccommodation({
  db,
  courseId,
  quizId,
  userId,
  scope,
}: {
  db: Database;
  courseId: string;
  quizId: string;
  userId: string;
  scope: AccommodationScope;
}) {
  const quiz = await courseQuiz(db, courseId, quizId);
  return deleteAccommodation({ db, courseId, userId, quizId: scope === "quiz" ? quiz.id : null });
}
