import { fsrs, State, type Card } from "ts-fsrs";

/**
 * The `review_cards` columns, camelCased, so the data layer can store a scheduled card as it is.
 * `state` is ts-fsrs's State number (0 New, 1 Learning, 2 Review, 3 Relearning).
 */
export interface StoredCard {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/**
 * Long-term scheduling only (no short-term learning steps of 1 and 10 minutes): learners meet a
 * question again in a later session, days apart, not ten minutes later; and the steps would need a
 * `learning_steps` column the table does not have. No fuzz, so a schedule depends only on its
 * inputs; default weights and 90 % target retention.
 */
export const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

export function toFsrsCard(card: StoredCard): Card {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: 0,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    last_review: card.lastReview ?? undefined,
  };
}

export function fromFsrsCard(card: Card): StoredCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    // Whole days, as the table keeps them.
    elapsedDays: Math.round(card.elapsed_days),
    scheduledDays: Math.round(card.scheduled_days),
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}
