import { describe, expect, it } from "vitest";
import { completion, continueTarget, type MapLesson } from "./course-map";

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
