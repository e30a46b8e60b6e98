import { createEmptyCard } from "ts-fsrs";
import { ratingFromFraction } from "./rating";
import { fromFsrsCard, scheduler, toFsrsCard, type StoredCard } from "./stored-card";

/**
 * The card's next state after an answer graded `fraction`. A question answered for the first time
 * has no card yet (`null`) and starts as a new one. Only grade answers that have been marked: an
 * answer awaiting manual grading has no fraction to schedule by.
 */
export function scheduleReview(card: StoredCard | null, fraction: number, now: Date): StoredCard {
  const current = card === null ? createEmptyCard(now) : toFsrsCard(card);
  return fromFsrsCard(scheduler.next(current, now, ratingFromFraction(fraction)).card);
}

export function isDue(card: StoredCard, now: Date): boolean {
  return card.due.getTime() <= now.getTime();
}
