import type { Database } from "@/db/client";
import { listRunningAttempts, setAttemptDeadline } from "@/db/queries/accommodations";
import { lockAttempt } from "@/db/queries/attempts";
import { insertAuditEntry } from "@/db/queries/grading";
import { isPastDeadline, secondsLeft } from "@/lib/attempts/deadline";
import { extendedDeadline, extendLimits, extendMessages } from "@/lib/attempts/extension";
import { NotFoundError, PublicError } from "@/lib/errors";
import { deadlineGraceMs } from "@/server/attempts/finalize";
import { courseQuizOrNotFound, isUuid, type CourseInstructorGuard } from "./manage";

/**
 * "Extend now": more time for one attempt under way, for whatever came up in the room. The new
 * deadline is what the save and submit checks and the deadline sweep read from the database, and
 * what the learner's page picks up from its clock.
 */

export async function loadRunningAttempts({ db, guards, courseSlug, quizId, now = new Date() }: { db: Database; guards: CourseInstructorGuard; courseSlug: string; quizId: string; now?: Date }) {
  const { course } = await guards.requireCourseInstructor(courseSlug);
  const quiz = await courseQuizOrNotFound(db, course.id, quizId);
  const running = await listRunningAttempts({ db, quizId: quiz.id });
  return { course, quiz, attempts: running.map((attempt) => ({ ...attempt, secondsLeft: secondsLeft(attempt.deadlineAt, now) })) };
}

export async function extendAttempt({
  db,
  guards,
  courseSlug,
  quizId,
  attemptId,
  minutes,
  now = new Date(),
}: {
  db: Database;
  guards: CourseInstructorGuard;
  courseSlug: string;
  quizId: string;
  attemptId: string;
  minutes: number;
  now?: Date;
}) {
  const { user, course } = await guards.requireCourseInstructor(courseSlug);
  const quiz = await courseQuizOrNotFound(db, course.id, quizId);
  if (!Number.isInteger(minutes) || minutes < extendLimits.minMinutes || minutes > extendLimits.maxMinutes) throw new PublicError(extendMessages.minutes);
  if (!isUuid(attemptId)) throw new NotFoundError("That attempt");
  return db.transaction(async (tx) => {
    // Under the attempt's row lock: a save or a submission in flight finishes first, or waits and then sees the new deadline.
    const locked = await lockAttempt({ tx, attemptId });
    // Another quiz's or another course's attempt is "not found" here, so ids cannot be probed.
    if (!locked || locked.quiz.id !== quiz.id || locked.attempt.preview) throw new NotFoundError("That attempt");
    const { attempt } = locked;
    if (attempt.state !== "in_progress") throw new PublicError(extendMessages.submitted);
    if (attempt.deadlineAt === null) throw new PublicError(extendMessages.untimed);
    if (isPastDeadline(attempt.deadlineAt, now, deadlineGraceMs)) throw new PublicError(extendMessages.timeUp);
    const deadlineAt = extendedDeadline(attempt.deadlineAt, minutes);
    await setAttemptDeadline({ tx, attemptId, deadlineAt });
    await insertAuditEntry({
      tx,
      entry: {
        actorId: user.id,
        courseId: course.id,
        action: "attempt_deadline_extended",
        entityType: "attempt",
        entityId: attemptId,
        before: { deadlineAt: attempt.deadlineAt.toISOString() },
        after: { deadlineAt: deadlineAt.toISOString() },
        reason: `extend now: ${minutes} min`,
      },
    });
    return { deadlineAt, userId: attempt.userId };
  });
}
