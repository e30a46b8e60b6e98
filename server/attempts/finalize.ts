import type { Database } from "@/db/client";
import { attemptItems, finishAttempt, listUserAttempts, lockAttempt, overdueAttemptIds, recordMarks, upsertQuizGrade } from "@/db/queries/attempts";
import { getReviewCards, saveReviewCards } from "@/db/queries/practice";
import { isPastDeadline } from "@/lib/attempts/deadline";
import { quizGrade } from "@/lib/attempts/grading-method";
import { markAttempt } from "@/lib/attempts/mark-attempt";
import { scheduleReview } from "@/lib/review/schedule";
import { questionsForVersions } from "./question-cache";

/**
 * Allowance for network delay on the last save before a deadline (Moodle's "graceperiodmin" is
 * 60 s; ours is short because the page sends answers as they are typed, not at the end).
 */
export const deadlineGraceMs = 2_000;

export type SubmittedBy = "learner" | "deadline";

/**
 * Hands the attempt in and marks it, once: under an exclusive lock on the attempt row, so a
 * double click, a retry and the deadline sweep arriving together make one submission. Answers
 * saved before the lock count; saves waiting behind it find the attempt submitted and are refused.
 */
export async function finalizeAttempt({ db, attemptId, by, now }: { db: Database; attemptId: string; by: SubmittedBy; now: Date }): Promise<{ submittedBy: SubmittedBy; created: boolean }> {
  const result = await db.transaction(async (tx) => {
    const locked = await lockAttempt({ tx, attemptId });
    if (!locked) throw new Error(`attempt ${attemptId} vanished while being submitted`);
    const { attempt, quiz } = locked;
    if (attempt.state === "submitted") return { submittedBy: (attempt.submittedBy ?? "learner") as SubmittedBy, created: false };
    const items = await attemptItems({ db: tx, attemptId });
    const versions = await questionsForVersions(tx, items.map((item) => item.questionVersionId));
    const toMark = items.map((item) => ({
      question: versions.get(item.questionVersionId)!,
      maxMark: item.maxMark,
      answer: item.response.answer,
      dropped: item.dropped as "full_marks" | "removed" | null,
    }));
    const marked = markAttempt(toMark);
    await recordMarks({ tx, source: "auto", marks: items.map((item, index) => ({ responseId: item.response.id, ...marked.items[index]! })) });

    // A deadline submission is dated at the deadline: that is when the attempt stopped taking answers.
    const submittedAt = by === "deadline" && attempt.deadlineAt && attempt.deadlineAt < now ? attempt.deadlineAt : now;
    await finishAttempt({ tx, attemptId, submittedAt, submittedBy: by, sumMarks: marked.score.sumMarks, needsGrading: marked.score.needsGrading });

    // A preview counts nowhere: no quiz grade, no spaced review for the instructor who ran it.
    if (attempt.preview) return { submittedBy: by, created: true };

    const history = await listUserAttempts({ db: tx, quizId: quiz.id, userId: attempt.userId });
    const grade = quizGrade(
      quiz.gradingMethod,
      history.map((entry) => ({ number: entry.number, submittedAt: entry.submittedAt, fraction: entry.needsGrading || entry.sumMarks === null ? null : entry.maxMarks === 0 ? 0 : entry.sumMarks / entry.maxMarks })),
    );
    await upsertQuizGrade({ db: tx, quizId: quiz.id, userId: attempt.userId, grade, now });

    // Every marked answer schedules its question for spaced review; blanks and essays do not.
    const answered = items.flatMap((item, index) => {
      const mark = marked.items[index]!;
      return mark.state === "auto_graded" && mark.fraction !== null ? [{ questionId: item.questionId, lessonId: item.lessonId, fraction: mark.fraction }] : [];
    });
    const existing = await getReviewCards({ db: tx, userId: attempt.userId, questionIds: answered.map((entry) => entry.questionId) });
    await saveReviewCards({
      db: tx,
      userId: attempt.userId,
      cards: answered.map((entry) => {
        const stored = existing.get(entry.questionId);
        return { questionId: entry.questionId, lessonId: entry.lessonId, card: scheduleReview(stored ?? null, entry.fraction, now) };
      }),
    });
    return { submittedBy: by, created: true };
  });
  return { submittedBy: result.submittedBy, created: result.created };
}

/** Finalises an attempt that outlived its deadline; true when it was (or already is) submitted. */
export async function finalizeIfOverdue({ db, attempt, now }: { db: Database; attempt: { id: string; state: string; deadlineAt: Date | null }; now: Date }): Promise<boolean> {
  if (attempt.state === "submitted") return true;
  if (!isPastDeadline(attempt.deadlineAt, now, deadlineGraceMs)) return false;
  await finalizeAttempt({ db, attemptId: attempt.id, by: "deadline", now });
  return true;
}

/** The periodic sweep: hands in every attempt whose learner has gone, so grades do not wait for a visit. */
export async function finalizeOverdueAttempts({ db, now, batch = 100 }: { db: Database; now: Date; batch?: number }): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = await overdueAttemptIds({ db, before: new Date(now.getTime() - deadlineGraceMs), limit: batch });
    for (const attemptId of ids) await finalizeAttempt({ db, attemptId, by: "deadline", now });
    total += ids.length;
    if (ids.length < batch) return total;
  }
}
