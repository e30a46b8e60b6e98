import { describe, expect, it } from "vitest";
import { isDue, scheduleReview } from "./schedule";
import type { StoredCard } from "./stored-card";

const now = new Date("2026-12-01T10:00:00Z");
const dayMs = 24 * 60 * 60 * 1000;

describe("scheduling a review", () => {
  it("starts a card on the first answer, due later when it was right than when it was wrong", () => {
    const right = scheduleReview(null, 1, now);
    const partly = scheduleReview(null, 0.6, now);
    const wrong = scheduleReview(null, 0, now);
    expect(wrong.due.getTime()).toBeGreaterThan(now.getTime());
    expect(partly.due.getTime()).toBeGreaterThan(wrong.due.getTime());
    expect(right.due.getTime()).toBeGreaterThan(partly.due.getTime());
    expect(right).toMatchObject({ reps: 1, lapses: 0, lastReview: now, elapsedDays: 0 });
  });

  it("pushes the due date further out with each correct answer on time", () => {
    let card: StoredCard | null = null;
    let at = now;
    const intervals: number[] = [];
    for (let review = 0; review < 5; review++) {
      card = scheduleReview(card, 1, at);
      intervals.push(card.due.getTime() - at.getTime());
      at = card.due;
    }
    for (let index = 1; index < intervals.length; index++) expect(intervals[index]).toBeGreaterThan(intervals[index - 1]!);
    expect(card).toMatchObject({ reps: 5, lapses: 0 });
  });

  it("counts a wrong answer on a learned card as a lapse and brings it back sooner", () => {
    let card = scheduleReview(null, 1, now);
    card = scheduleReview(card, 1, card.due);
    const learnedInterval = card.scheduledDays;
    const lapsed = scheduleReview(card, 0, card.due);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.scheduledDays).toBeLessThan(learnedInterval);
  });

  it("gives the columns the table stores, in whole days", () => {
    const card = scheduleReview(scheduleReview(null, 1, now), 1, new Date(now.getTime() + 3 * dayMs));
    expect(Object.keys(card).toSorted()).toEqual(
      ["difficulty", "due", "elapsedDays", "lapses", "lastReview", "reps", "scheduledDays", "stability", "state"].toSorted(),
    );
    expect(Number.isInteger(card.elapsedDays) && Number.isInteger(card.scheduledDays)).toBe(true);
    expect(card.elapsedDays).toBe(3);
  });

  it("depends only on its inputs", () => {
    const first = scheduleReview(scheduleReview(null, 1, now), 0.5, new Date(now.getTime() + 2 * dayMs));
    const again = scheduleReview(scheduleReview(null, 1, now), 0.5, new Date(now.getTime() + 2 * dayMs));
    expect(again).toEqual(first);
  });
});

describe("due", () => {
  it("from the due time on", () => {
    const card = scheduleReview(null, 1, now);
    expect(isDue(card, now)).toBe(false);
    expect(isDue(card, card.due)).toBe(true);
  });
});
