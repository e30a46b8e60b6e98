import { z } from "zod";
import type { Database } from "@/db/client";
import { getActiveEnrollment } from "@/db/queries/courses";
import { getStoredQuestionVersion } from "@/db/queries/questions";
import { getCourseReviewCard, listCourseReviewCards, listDueReviewCards, rescheduleReviewCard } from "@/db/queries/review";
import { NotFoundError, PublicError } from "@/lib/errors";
import { displayOrder, fromStoredVersion, gradeResponse, learnerViewOf, rightAnswerOf } from "@/lib/questions";
import { masteryByLesson } from "@/lib/reading/course-map";
import { isDue, scheduleReview } from "@/lib/review/schedule";
import type { StoredCard } from "@/lib/review/stored-card";
import type { CurrentUser } from "@/server/auth/guards";
import { describeNextReview } from "./next-review";

export const reviewAnswerSchema = z.object({
  courseId: z.uuid(),
  cardId: z.uuid(),
  versionId: z.uuid(),
  response: z.unknown(),
});

/** Due cards served per visit; the rest follow on the next. */
export const reviewBatchSize = 20;

/** Only learners enrolled in the course review in it (instructors have no cards to review). */
async function requireLearner(db: Database, user: CurrentUser, courseId: string) {
  if (!(await getActiveEnrollment({ db, courseId, userId: user.id }))) throw new NotFoundError("That course");
}

/** How many cards there are, how many are due at `now`, and when the next one not yet due falls due. */
export function summariseCards(cards: readonly StoredCard[], now: Date) {
  const upcoming = cards.filter((card) => !isDue(card, now)).map((card) => card.due.getTime());
  return {
    cards: cards.length,
    due: cards.length - upcoming.length,
    nextDue: upcoming.length ? new Date(Math.min(...upcoming)) : null,
  };
}

/** The course map's view of review: counts, the next due time, and mastery per lesson. */
export async function loadCourseReview({ db, user, courseId, now = new Date() }: { db: Database; user: CurrentUser; courseId: string; now?: Date }) {
  const cards = await listCourseReviewCards({ db, userId: user.id, courseId });
  return { ...summariseCards(cards, now), mastery: masteryByLesson(cards, now) };
}

/**
 * The learner's due cards in the course, earliest first, as learners may see them: the current
 * question version, no keys, feedback or explanation, options in an order fixed per card and review.
 */
export async function loadReviewSession({ db, user, courseId, now = new Date() }: { db: Database; user: CurrentUser; courseId: string; now?: Date }) {
  await requireLearner(db, user, courseId);
  const [cards, due] = await Promise.all([
    listCourseReviewCards({ db, userId: user.id, courseId }),
    listDueReviewCards({ db, userId: user.id, courseId, now, limit: reviewBatchSize }),
  ]);
  const summary = summariseCards(cards, now);
  const served = await Promise.all(
    due.map(async (card) => {
      const stored = await getStoredQuestionVersion({ db, versionId: card.versionId });
      if (!stored) return [];
      const question = fromStoredVersion(stored);
      const view = learnerViewOf(question, displayOrder(question, `review:${card.id}:${card.reps}`));
      return [{ cardId: card.id, versionId: stored.versionId, lessonTitle: card.lessonTitle, view }];
    }),
  );
  return {
    ...summary,
    nextReview: summary.nextDue ? describeNextReview(summary.nextDue, now) : null,
    questions: served.flat(),
  };
}

/** Grades a review answer and reschedules the card by it. Validate → enrolment → ownership of the card → grade → save. */
export async function answerReview({ db, user, input, now = new Date() }: { db: Database; user: CurrentUser; input: z.infer<typeof reviewAnswerSchema>; now?: Date }) {
  await requireLearner(db, user, input.courseId);
  const card = await getCourseReviewCard({ db, userId: user.id, courseId: input.courseId, cardId: input.cardId });
  if (!card) throw new NotFoundError("That review question");
  if (!isDue(card, now)) throw new PublicError("This question is not due for review: it has been answered already.");
  // The version shown when the page loaded, which may have been edited since; never another question's.
  const stored = await getStoredQuestionVersion({ db, versionId: input.versionId });
  if (!stored || stored.questionId !== card.questionId) throw new NotFoundError("That review question");

  const question = fromStoredVersion(stored);
  const result = gradeResponse(question, input.response);
  if (result.status === "invalid") throw new PublicError(result.message);
  if (result.status === "unanswered") throw new PublicError("Answer the question before checking it.");
  if (result.status === "needs_grading") throw new PublicError("This question needs a person to mark it, so it is not reviewed here.");

  const next = scheduleReview(card, result.fraction, now);
  if (!(await rescheduleReviewCard({ db, userId: user.id, cardId: card.id, reviewsRead: card.reps, card: next }))) {
    throw new PublicError("This question is not due for review: it has been answered already.");
  }
  return {
    result,
    explanation: stored.explanation,
    rightAnswer: rightAnswerOf(question),
    nextReview: describeNextReview(next.due, now),
  };
}
