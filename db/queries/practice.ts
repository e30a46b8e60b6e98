import { and, eq } from "drizzle-orm";
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
