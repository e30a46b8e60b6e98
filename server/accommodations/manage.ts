import type { Database } from "@/db/client";
import { deleteAccommodation, listLearnerAccommodationRows, upsertAccommodation, type AccommodationRow } from "@/db/queries/accommodations";
import { getActiveEnrollment } from "@/db/queries/courses";
import { insertAuditEntry } from "@/db/queries/grading";
import { getCourseQuiz } from "@/db/queries/quiz-admin";
import { NotFoundError } from "@/lib/errors";
import { accommodationMessages, relaxesAnything, type AccommodationInput } from "@/lib/quizzes/accommodation-form";
import { formatUtc } from "@/lib/quizzes/format";
import type { Guards } from "@/server/auth/guards";
import { QuizInputError } from "@/server/quizzes/errors";
import { lengthenOpenAttempts } from "./lengthen";

/**
 * Saving and removing a learner's accommodation, course-wide or for one quiz, from the quiz's page
 * or the learner's (reached from the roster). Only the course's instructors and admins; every
 * change is audited, and a save lengthens the learner's attempts under way (see lengthen.ts).
 */

export type CourseInstructorGuard = Pick<Guards, "requireCourseInstructor">;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids from forms and URLs: anything else cannot name a row, and the database would refuse to compare it. */
export const isUuid = (value: string) => uuidPattern.test(value);

export async function courseQuizOrNotFound(db: Database, courseId: string, quizId: string) {
  const quiz = isUuid(quizId) ? await getCourseQuiz({ db, courseId, quizId }) : undefined;
  if (!quiz) throw new NotFoundError("That quiz");
  return quiz;
}

const audited = (row: AccommodationRow | undefined) =>
  row ? { quizId: row.quizId, timeMultiplier: row.timeMultiplier, extraSeconds: row.extraSeconds, extraAttempts: row.extraAttempts, closesAt: row.closesAt?.toISOString() ?? null } : null;

/**
 * Creates or replaces the learner's accommodation for `input.scope`: the quiz `quizId` names, or
 * every quiz in the course. `quizId` may be given with the course scope (the quiz page does): it
 * is still checked to be this course's.
 */
export async function saveAccommodation({
  db,
  guards,
  courseSlug,
  quizId,
  input,
  now = new Date(),
}: {
  db: Database;
  guards: CourseInstructorGuard;
  courseSlug: string;
  quizId: string | null;
  input: AccommodationInput;
  now?: Date;
}) {
  const { user, course } = await guards.requireCourseInstructor(courseSlug);
  const quiz = quizId === null ? null : await courseQuizOrNotFound(db, course.id, quizId);
  if (input.scope === "quiz" && !quiz) throw new QuizInputError({ quizId: [accommodationMessages.quiz] });
  if (!isUuid(input.userId) || !(await getActiveEnrollment({ db, courseId: course.id, userId: input.userId }))) {
    throw new QuizInputError({ userId: [accommodationMessages.notEnrolled] });
  }
  if (!relaxesAnything(input)) throw new QuizInputError({ form: [accommodationMessages.nothing] });
  if (input.closesAt && input.scope === "quiz" && quiz) {
    if (!quiz.closesAt) throw new QuizInputError({ closesAt: [accommodationMessages.neverCloses] });
    if (input.closesAt <= quiz.closesAt) throw new QuizInputError({ closesAt: [accommodationMessages.closeNotLater(formatUtc(quiz.closesAt))] });
  }
  const targetQuizId = input.scope === "quiz" ? quiz!.id : null;
  return db.transaction(async (tx) => {
    const before = (await listLearnerAccommodationRows({ db: tx, courseId: course.id, userId: input.userId })).find((row) => row.accommodation.quizId === targetQuizId);
    // Values that would tighten the rules are refused by the form; these clamps keep a direct caller honest too.
    const row = await upsertAccommodation({
      db: tx,
      accommodation: {
        courseId: course.id,
        userId: input.userId,
        quizId: targetQuizId,
        timeMultiplier: input.timeMultiplier === null ? null : Math.max(1, input.timeMultiplier),
        extraSeconds: input.extraSeconds === null ? null : Math.max(0, input.extraSeconds),
        extraAttempts: input.extraAttempts === null ? null : Math.max(0, input.extraAttempts),
        closesAt: input.closesAt,
      },
    });
    if (!row) throw new Error("The accommodation was not saved");
    await insertAuditEntry({
      tx,
      entry: { actorId: user.id, courseId: course.id, action: "accommodation_saved", entityType: "user", entityId: input.userId, before: audited(before?.accommodation), after: audited(row) },
    });
    const lengthened = await lengthenOpenAttempts({ tx, courseId: course.id, userId: input.userId, actorId: user.id, now });
    return { row, lengthened };
  });
}

/** Returns false when there was nothing to remove. A running attempt keeps the time it has. */
export async function removeAccommodation({
  db,
  guards,
  courseSlug,
  userId,
  quizId,
}: {
  db: Database;
  guards: CourseInstructorGuard;
  courseSlug: string;
  userId: string;
  /** null: the course-wide accommodation. */
  quizId: string | null;
}) {
  const { user, course } = await guards.requireCourseInstructor(courseSlug);
  const quiz = quizId === null ? null : await courseQuizOrNotFound(db, course.id, quizId);
  if (!isUuid(userId)) return false;
  return db.transaction(async (tx) => {
    const removed = await deleteAccommodation({ db: tx, courseId: course.id, userId, quizId: quiz?.id ?? null });
    if (!removed) return false;
    await insertAuditEntry({ tx, entry: { actorId: user.id, courseId: course.id, action: "accommodation_removed", entityType: "user", entityId: userId, before: audited(removed), after: null } });
    return true;
  });
}
