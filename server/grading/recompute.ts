import type { Database } from "@/db/client";
import { attemptItems, listUserAttempts, lockAttempt, lockLearnerQuiz, upsertQuizGrade } from "@/db/queries/attempts";
import { attempts } from "@/db/schema";
import { attemptScore, quizGrade } from "@/lib/attempts/grading-method";
import { eq } from "drizzle-orm";

/**
 * Recomputes a submitted attempt's total from its responses as they are stored now (after a manual
 * grade, an override or a regrade), then the learner's quiz grade under the quiz's grading method.
 * Takes the attempt's row lock first, so two graders finishing different answers of one attempt at
 * once each add up the other's committed mark. Safe to call inside the caller's transaction.
 */
export async function recomputeAttemptGrade({ db, attemptId, now }: { db: Database; attemptId: string; now: Date }) {
  return db.transaction(async (tx) => {
    const locked = await lockAttempt({ tx, attemptId });
    if (!locked) throw new Error(`attempt ${attemptId} was not found`);
    const { attempt, quiz } = locked;
    if (attempt.state !== "submitted") return { sumMarks: attempt.sumMarks, needsGrading: attempt.needsGrading, quizGrade: null };
    const items = await attemptItems({ db: tx, attemptId });
    const score = attemptScore(
      items.map((item) => ({ maxMark: item.maxMark, fraction: item.response.fraction, dropped: item.dropped as "full_marks" | "removed" | null })),
    );
    await tx.update(attempts).set({ sumMarks: score.sumMarks, maxMarks: score.maxMarks, needsGrading: score.needsGrading }).where(eq(attempts.id, attemptId));
    if (attempt.preview) return { sumMarks: score.sumMarks, needsGrading: score.needsGrading, quizGrade: null };

    await lockLearnerQuiz({ tx, quizId: quiz.id, userId: attempt.userId });
    const history = await listUserAttempts({ db: tx, quizId: quiz.id, userId: attempt.userId });
    const grade = quizGrade(
      quiz.gradingMethod,
      history.map((entry) => ({ number: entry.number, submittedAt: entry.submittedAt, fraction: entry.needsGrading || entry.sumMarks === null ? null : entry.maxMarks === 0 ? 0 : entry.sumMarks / entry.maxMarks })),
    );
    await upsertQuizGrade({ db: tx, quizId: quiz.id, userId: attempt.userId, grade, now });
    return { sumMarks: score.sumMarks, needsGrading: score.needsGrading, quizGrade: grade };
  });
}
