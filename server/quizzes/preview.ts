import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { insertAttempt, listSlots, lockLearnerQuiz, nextAttemptNumber } from "@/db/queries/attempts";
import { attempts } from "@/db/schema";
import { attemptDeadline } from "@/lib/attempts/deadline";
import { PublicError } from "@/lib/errors";
import { placeQuestions } from "@/server/attempts/start";
import { instructorQuiz, type CourseInstructorGuard } from "./scope";

/**
 * An instructor's preview: the quiz run through the learner's attempt player, draft or published,
 * open or not, whatever the attempt limit. The attempt is marked `preview`, so the gradebook,
 * statistics, the grading queue, learners' attempt counts and progress all leave it out, and its
 * submission writes no quiz grade and schedules no review. An unfinished earlier preview by the
 * same instructor is discarded: it records nothing, and the new one shows the quiz as it is now.
 */
export async function startPreview({ db, guards, courseSlug, quizId, now = new Date() }: { db: Database; guards: CourseInstructorGuard; courseSlug: string; quizId: string; now?: Date }) {
  const { user, quiz } = await instructorQuiz({ db, guards, courseSlug, quizId });
  const slots = await listSlots({ db, quizId });
  if (slots.length === 0) throw new PublicError("This quiz has no questions yet: add a slot before previewing it.");

  return db.transaction(async (tx) => {
    await lockLearnerQuiz({ tx, quizId, userId: user.id });
    await tx.delete(attempts).where(and(eq(attempts.quizId, quizId), eq(attempts.userId, user.id), eq(attempts.preview, true), eq(attempts.state, "in_progress")));
    const attemptId = randomUUID();
    const items = await placeQuestions({ tx, quiz, slots, attemptId, alreadySeen: new Set() });
    const attempt = await insertAttempt({
      tx,
      attempt: {
        id: attemptId,
        quizId,
        userId: user.id,
        number: await nextAttemptNumber({ db: tx, quizId, userId: user.id }),
        startedAt: now,
        // The time limit runs as it would for a learner; the close time does not stop a preview.
        deadlineAt: attemptDeadline({ startedAt: now, timeLimitSeconds: quiz.timeLimitSeconds, closesAt: null }),
        maxMarks: items.reduce((sum, item) => sum + item.maxMark, 0),
        preview: true,
      },
      items,
    });
    return attempt.id;
  });
}
