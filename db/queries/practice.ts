import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { practiceAnswers, reviewCards } from "../schema";
import type { StoredCard } from "@/lib/review/stored-card";

export async function recordPracticeAnswer({
  db,
  answer,
}: {
  db: Database;
  answer: { userId: string; lessonId: string; roundId: string; questionVersionId: string; answer: unknown; fraction: number | null };
}) {
  await db.insert(practiceAnswers).values(answer);
}

export async function listRoundAnswers({ db, userId, roundId }: { db: Database; userId: string; roundId: string }) {
  return db
    .select({ questionVersionId: practiceAnswers.questionVersionId, fraction: practiceAnswers.fraction, answeredAt: practiceAnswers.answeredAt })
    .from(practiceAnswers)
    .where(and(eq(practiceAnswers.userId, userId), eq(practiceAnswers.roundId, roundId)));
}

export async function getReviewCard({ db, userId, questionId }: { db: Database; userId: string; questionId: string }) {
  const [card] = await db
    .select()
    .from(reviewCards)
    .where(and(eq(reviewCards.userId, userId), eq(reviewCards.questionId, questionId)))
    .limit(1);
  return card;
}

export async function saveReviewCard({ db, userId, questionId, lessonId, card }: { db: Database; userId: string; questionId: string; lessonId: string | null; card: StoredCard }) {
  await db
    .insert(reviewCards)
    .values({ userId, questionId, lessonId, ...card })
    .onConflictDoUpdate({ target: [reviewCards.userId, reviewCards.questionId], set: { ...card, lessonId } });
}

export async function getReviewCards({ db, userId, questionIds }: { db: Database; userId: string; questionIds: string[] }) {
  if (questionIds.length === 0) return new Map<string, typeof reviewCards.$inferSelect>();
  const rows = await db
    .select()
    .from(reviewCards)
    .where(and(eq(reviewCards.userId, userId), inArray(reviewCards.questionId, questionIds)));
  return new Map(rows.map((row) => [row.questionId, row]));
}

/** One statement for a whole submitted attempt's cards. */
export async function saveReviewCards({ db, userId, cards }: { db: Database; userId: string; cards: { questionId: string; lessonId: string | null; card: StoredCard }[] }) {
  if (cards.length === 0) return;
  const fromInsert = (column: string) => sql.raw(`excluded.${column}`);
  await db
    .insert(reviewCards)
    .values(cards.map(({ questionId, lessonId, card }) => ({ userId, questionId, lessonId, ...card })))
    .onConflictDoUpdate({
      target: [reviewCards.userId, reviewCards.questionId],
      set: {
        lessonId: fromInsert("lesson_id"),
        due: fromInsert("due"),
        stability: fromInsert("stability"),
        difficulty: fromInsert("difficulty"),
        elapsedDays: fromInsert("elapsed_days"),
        scheduledDays: fromInsert("scheduled_days"),
        reps: fromInsert("reps"),
        lapses: fromInsert("lapses"),
        state: fromInsert("state"),
        lastReview: fromInsert("last_review"),
      },
    });
}
