import { forgetting_curve } from "ts-fsrs";
import { scheduler, type StoredCard } from "./stored-card";

const dayMs = 24 * 60 * 60 * 1000;

/** A lesson's card counts as mastered while its predicted recall stays above this. */
export const masteryThreshold = 0.9;

/**
 * FSRS's predicted probability of recalling the card at `now`. Measured in fractional days, not the
 * whole days the scheduler counts, so the figure falls steadily through the day. A card never
 * reviewed has nothing to recall.
 */
export function recallProbability(card: StoredCard, now: Date): number {
  if (card.lastReview === null || card.stability <= 0) return 0;
  const elapsedDays = Math.max(0, (now.getTime() - card.lastReview.getTime()) / dayMs);
  return forgetting_curve(scheduler.parameters.w, elapsedDays, card.stability);
}

/**
 * The share of a lesson's cards whose predicted recall is above 0.9 (0 for a lesson without cards).
 * Note that FSRS predicts high recall for a few hours even after a wrong answer, since the learner
 * has just been shown the right one; the share reflects the model, not the last answer.
 */
export function lessonMastery(cards: readonly StoredCard[], now: Date): number {
  if (cards.length === 0) return 0;
  return cards.filter((card) => recallProbability(card, now) > masteryThreshold).length / cards.length;
}
