import { and, asc, eq, lte, ne, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { lessons, questionVersions, questions, reviewCards, units } from "../schema";
import type { StoredCard } from "@/lib/review/stored-card";

/**
 * The cards a learner may review in a course: their question is active, auto-graded (an essay
 * needs a person to mark it) and in the course, and their lesson is published in a published unit
 * of the course. Cards of retired questions or hidden lessons stay stored but are never served.
 */
function servable({ userId, courseId }: { userId: string; courseId: string }, ...more: SQL[]) {
  return and(eq(reviewCards.userId, userId), countedInCourse(courseId), ...more);
}

/**
 * The course half of that rule, shared with the instructor's class progress. Needs `questions`,
 * `lessons` (via the card's lesson) and `units` joined.
 */
export function countedInCourse(courseId: string) {
  return and(
    eq(questions.courseId, courseId),
    eq(questions.status, "active"),
    ne(questions.type, "essay"),
    eq(lessons.status, "published"),
    eq(units.status, "published"),
    eq(units.courseId, courseId),
  );
}

const cardColumns = {
  id: reviewCards.id,
  questionId: reviewCards.questionId,
  lessonId: lessons.id,
  due: reviewCards.due,
  stability: reviewCards.stability,
  difficulty: reviewCards.difficulty,
  elapsedDays: reviewCards.elapsedDays,
  scheduledDays: reviewCards.scheduledDays,
  reps: reviewCards.reps,
  lapses: reviewCards.lapses,
  state: reviewCards.state,
  lastReview: reviewCards.lastReview,
};

function cardsQuery(db: Database) {
  return db
    .select(cardColumns)
    .from(reviewCards)
    .innerJoin(questions, eq(questions.id, reviewCards.questionId))
    .innerJoin(lessons, eq(lessons.id, reviewCards.lessonId))
    .innerJoin(units, eq(units.id, lessons.unitId));
}

/** Every card the learner may review in the course, due or not (for mastery and counts). */
export async function listCourseReviewCards({ db, userId, courseId }: { db: Database; userId: string; courseId: string }) {
  return cardsQuery(db).where(servable({ userId, courseId }));
}

/**
 * The learner's due cards in the course, earliest due first, with the current version of each
 * question (a question edited since the card was made is reviewed as it reads now).
 */
export async function listDueReviewCards({ db, userId, courseId, now, limit }: { db: Database; userId: string; courseId: string; now: Date; limit: number }) {
  return db
    .select({ ...cardColumns, versionId: questionVersions.id, lessonTitle: lessons.title })
    .from(reviewCards)
    .innerJoin(questions, eq(questions.id, reviewCards.questionId))
    .innerJoin(questionVersions, and(eq(questionVersions.questionId, questions.id), eq(questionVersions.version, questions.currentVersion)))
    .innerJoin(lessons, eq(lessons.id, reviewCards.lessonId))
    .innerJoin(units, eq(units.id, lessons.unitId))
    .where(servable({ userId, courseId }, lte(reviewCards.due, now)))
    .orderBy(asc(reviewCards.due), asc(reviewCards.id))
    .limit(limit);
}

/** One of the learner's servable cards in the course; undefined for anyone else's card. */
export async function getCourseReviewCard({ db, userId, courseId, cardId }: { db: Database; userId: string; courseId: string; cardId: string }) {
  const [card] = await cardsQuery(db)
    .where(servable({ userId, courseId }, eq(reviewCards.id, cardId)))
    .limit(1);
  return card;
}

/**
 * Saves the card's next state unless it has been reviewed since it was read (a second tab, a
 * repeated request): the review count must still be the one read. False when nothing was saved.
 */
export async function rescheduleReviewCard({ db, userId, cardId, reviewsRead, card }: { db: Database; userId: string; cardId: string; reviewsRead: number; card: StoredCard }) {
  const saved = await db
    .update(reviewCards)
    .set(card)
    .where(and(eq(reviewCards.id, cardId), eq(reviewCards.userId, userId), eq(reviewCards.reps, reviewsRead)))
    .returning({ id: reviewCards.id });
  return saved.length === 1;
}
