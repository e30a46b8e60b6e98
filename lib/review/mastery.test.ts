import { describe, expect, it } from "vitest";
import { lessonMastery, recallProbability } from "./mastery";
import { scheduleReview } from "./schedule";
import type { StoredCard } from "./stored-card";

const now = new Date("2026-12-01T10:00:00Z");
const dayMs = 24 * 60 * 60 * 1000;
const daysLater = (days: number) => new Date(now.getTime() + days * dayMs);

describe("recall probability", () => {
  it("is certain right after a review and fades with time", () => {
    const card = scheduleReview(null, 1, now);
    expect(recallProbability(card, now)).toBeCloseTo(1, 6);
    const day1 = recallProbability(card, daysLater(1));
    const day10 = recallProbability(card, daysLater(10));
    expect(day1).toBeLessThan(1);
    expect(day10).toBeLessThan(day1);
  });

  it("falls to about 0.9 when the card falls due (the target retention)", () => {
    const card = scheduleReview(null, 1, now);
    expect(recallProbability(card, card.due)).toBeGreaterThan(0.85);
    expect(recallProbability(card, card.due)).toBeLessThan(0.95);
  });

  it("is 0 for a card never reviewed", () => {
    const unseen: StoredCard = { due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, reps: 0, lapses: 0, state: 0, lastReview: null };
    expect(recallProbability(unseen, now)).toBe(0);
  });
});

describe("lesson mastery", () => {
  const reviewed = (stability: number, daysAgo: number): StoredCard => ({
    due: daysLater(stability - daysAgo),
    stability,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: Math.round(stability),
    reps: 3,
    lapses: 0,
    state: 2,
    lastReview: daysLater(-daysAgo),
  });

  it("is the share of cards predicted above 0.9", () => {
    const strong = reviewed(100, 10);
    const fading = reviewed(5, 30);
    const fresh = reviewed(2.3, 1);
    expect(recallProbability(strong, now)).toBeGreaterThan(0.9);
    expect(recallProbability(fading, now)).toBeLessThan(0.9);
    expect(recallProbability(fresh, now)).toBeGreaterThan(0.9);
    expect(lessonMastery([strong, fading, fresh], now)).toBeCloseTo(2 / 3, 10);
  });

  it("does not count a card just under 0.9", () => {
    const card = reviewed(10, 0);
    const dueDay = [...Array(40).keys()].find((days) => recallProbability(card, daysLater(days)) <= 0.9)!;
    expect(lessonMastery([card], daysLater(dueDay - 1))).toBe(1);
    expect(lessonMastery([card], daysLater(dueDay))).toBe(0);
  });

  it("is 0 for a lesson without cards", () => {
    expect(lessonMastery([], now)).toBe(0);
  });

  it("follows the model, which trusts even a wrong answer for a few hours after showing the right one", () => {
    const cards = [scheduleReview(null, 1, now), scheduleReview(null, 0, now)];
    expect(lessonMastery(cards, daysLater(0.1))).toBe(1);
    expect(lessonMastery(cards, daysLater(2))).toBe(0.5);
    expect(lessonMastery(cards, daysLater(2))).toBe(lessonMastery(cards, daysLater(2)));
  });
});
