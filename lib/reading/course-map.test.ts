import { describe, expect, it } from "vitest";
import { scheduleReview } from "../review/schedule";
import { completion, continueTarget, masteryByLesson, type MapLesson } from "./course-map";

const lesson = (slug: string, status: MapLesson["status"], minutesAgo?: number): MapLesson => ({
  id: slug,
  slug,
  status,
  lastParagraph: 3,
  updatedAt: minutesAgo === undefined ? null : new Date(Date.now() - minutesAgo * 60_000),
});

describe("course map", () => {
  it("counts completion", () => {
    expect(completion([lesson("a", "completed"), lesson("b", "in_progress"), lesson("c", "not_started")])).toEqual({ completed: 1, total: 3, percent: 33 });
    expect(completion([])).toEqual({ completed: 0, total: 0, percent: 0 });
  });

  it("continues the lesson read most recently when it is unfinished", () => {
    expect(continueTarget([lesson("a", "in_progress", 60), lesson("b", "in_progress", 5), lesson("c", "not_started")])?.slug).toBe("b");
  });

  it("moves on to the next unfinished lesson after a completed one", () => {
    expect(continueTarget([lesson("a", "not_started"), lesson("b", "completed", 1), lesson("c", "completed", 9), lesson("d", "not_started")])?.slug).toBe("d");
    expect(continueTarget([lesson("a", "not_started"), lesson("b", "completed", 1)])?.slug).toBe("a");
  });

  it("offers nothing before any reading", () => {
    expect(continueTarget([lesson("a", "not_started")])).toBeUndefined();
  });
});

describe("mastery per lesson", () => {
  const now = new Date("2026-12-01T10:00:00Z");
  const dayMs = 24 * 60 * 60 * 1000;
  const answered = (lessonId: string, fraction: number, daysAgo: number) => ({ lessonId, ...scheduleReview(null, fraction, new Date(now.getTime() - daysAgo * dayMs)) });

  it("is the share of each lesson's cards predicted above 90 % recall, in whole percent rounded down", () => {
    const mastery = masteryByLesson([answered("a", 1, 0.5), answered("a", 1, 0.5), answered("a", 0, 2), answered("b", 0, 3)], now);
    expect(mastery.get("a")).toEqual({ practised: 3, percent: 66 });
    expect(mastery.get("b")).toEqual({ practised: 1, percent: 0 });
  });

  it("leaves out lessons without cards", () => {
    expect(masteryByLesson([answered("a", 1, 0)], now).has("b")).toBe(false);
    expect(masteryByLesson([], now).size).toBe(0);
  });
});
