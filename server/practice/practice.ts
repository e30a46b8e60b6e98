import { z } from "zod";
import type { Database } from "@/db/client";
import { getReviewCard, listRoundAnswers, recordPracticeAnswer, saveReviewCard } from "@/db/queries/practice";
import { getStoredQuestionVersion, listLessonQuestions, type StoredQuestion } from "@/db/queries/questions";
import { NotFoundError, PublicError } from "@/lib/errors";
import { roundStatus } from "@/lib/practice/round";
import { displayOrder, fromStoredVersion, gradeResponse, learnerViewOf, rightAnswerOf, shuffleWith } from "@/lib/questions";
import { scheduleReview } from "@/lib/review/schedule";
import type { CurrentUser } from "@/server/auth/guards";
import { enrolledLesson, markLessonComplete } from "@/server/reading/record-progress";

export const practiceAnswerSchema = z.object({
  lessonId: z.string().uuid(),
  roundId: z.string().uuid(),
  versionId: z.string().uuid(),
  response: z.unknown(),
});

const isAutoGraded = (question: StoredQuestion) => question.type !== "essay";

/** The round's questions as learners may see them: no keys, no feedback, a stable order per round. */
export async function loadPracticeRound({ db, user, lessonId, roundId }: { db: Database; user: CurrentUser; lessonId: string; roundId: string }) {
  await enrolledLesson(db, user, lessonId);
  const stored = shuffleWith(roundId, await listLessonQuestions({ db, lessonId }));
  return stored.map((question) => {
    const engine = fromStoredVersion(question);
    return { versionId: question.versionId, type: question.type, view: learnerViewOf(engine, displayOrder(engine, `${roundId}:${question.questionId}`)) };
  });
}

/** Grades one practice answer, schedules the question for spaced review, and completes the lesson on a passed round. */
export async function answerPractice({ db, user, input, now = new Date() }: { db: Database; user: CurrentUser; input: z.infer<typeof practiceAnswerSchema>; now?: Date }) {
  await enrolledLesson(db, user, input.lessonId);
  const stored = await getStoredQuestionVersion({ db, versionId: input.versionId });
  if (!stored || stored.lessonId !== input.lessonId) throw new NotFoundError("That question");
  const question = fromStoredVersion(stored);
  const result = gradeResponse(question, input.response);
  if (result.status === "invalid") throw new PublicError(result.message);
  if (result.status === "unanswered") throw new PublicError("Answer the question before checking it.");

  const fraction = result.status === "graded" ? result.fraction : null;
  await recordPracticeAnswer({ db, answer: { userId: user.id, lessonId: input.lessonId, roundId: input.roundId, questionVersionId: stored.versionId, answer: input.response, fraction } });
  if (fraction !== null) {
    const card = await getReviewCard({ db, userId: user.id, questionId: stored.questionId });
    await saveReviewCard({ db, userId: user.id, questionId: stored.questionId, lessonId: stored.lessonId, card: scheduleReview(card ?? null, fraction, now) });
  }

  const graded = (await listLessonQuestions({ db, lessonId: input.lessonId })).filter(isAutoGraded).map((entry) => entry.versionId);
  const round = roundStatus(graded, await listRoundAnswers({ db, userId: user.id, roundId: input.roundId }));
  if (round.passed) await markLessonComplete({ db, user, lessonId: input.lessonId, source: "practice", now });
  return {
    result,
    explanation: stored.explanation,
    rightAnswer: rightAnswerOf(question),
    optionFeedback: result.status === "graded" ? result.feedback : null,
    round,
  };
}
