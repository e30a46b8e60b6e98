import { describe, expect, it } from "vitest";
import { classProgress, formatTimeSpent } from "./class-progress";

const now = new Date("2026-05-01T12:00:00Z");
const card = (userId: string, lessonId: string, recalled: boolean) => ({
  userId,
  lessonId,
  due: now,
  stability: recalled ? 30 : 0.1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 1,
  reps: 1,
  lapses: 0,
  state: 2,
  lastReview: new Date(now.getTime() - 2 * 24 * 3600 * 1000),
});

describe("class progress", () => {
  it("fills every learner × lesson cell and totals both ways", () => {
    const result = classProgress({
      learners: [
        { userId: "a", name: "Ann", email: "a@x" },
        { userId: "b", name: "Ben", email: "b@x" },
      ],
      lessons: [
        { id: "l1", title: "One", unitTitle: "U" },
        { id: "l2", title: "Two", unitTitle: "U" },
      ],
      reading: [
        { userId: "a", lessonId: "l1", status: "completed", visibleSeconds: 300 },
        { userId: "a", lessonId: "l2", status: "in_progress", visibleSeconds: 60 },
        { userId: "b", lessonId: "l1", status: "completed", visibleSeconds: 100 },
        { userId: "b", lessonId: "elsewhere", status: "completed", visibleSeconds: 999 },
      ],
      cards: [card("a", "l1", true), card("a", "l1", false), card("b", "l1", true)],
      now,
    });
    expect(result.learners.map((l) => [l.name, l.completed, l.visibleSeconds])).toEqual([
      ["Ann", 1, 360],
      ["Ben", 1, 100],
    ]);
    expect(result.learners[0]!.cells).toEqual({ l1: { status: "completed", mastery: 50 }, l2: { status: "in_progress", mastery: null } });
    expect(result.learners[1]!.cells.l2).toEqual({ status: "not_started", mastery: null });
    expect(result.lessons.map((l) => [l.id, l.completed, l.practised, l.averageMastery])).toEqual([
      ["l1", 2, 2, 75],
      ["l2", 0, 0, null],
    ]);
  });

  it("formats time spent", () => {
    expect(formatTimeSpent(59)).toBe("0 min");
    expect(formatTimeSpent(12 * 60)).toBe("12 min");
    expect(formatTimeSpent(3900)).toBe("1 h 05 min");
  });
});
