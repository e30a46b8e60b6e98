import { describe, expect, it } from "vitest";
import { attemptDeadline, isPastDeadline, secondsLeft, formatTimeLeft } from "./deadline";

const start = new Date("2026-12-01T10:00:00Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe("attempt deadline", () => {
  it("is the start plus the time limit when the quiz closes later", () => {
    expect(attemptDeadline({ startedAt: start, timeLimitSeconds: 1800, closesAt: at(7200) })).toEqual(at(1800));
  });

  it("is the close time when that comes first", () => {
    expect(attemptDeadline({ startedAt: start, timeLimitSeconds: 1800, closesAt: at(600) })).toEqual(at(600));
  });

  it("is whichever one exists, or none", () => {
    expect(attemptDeadline({ startedAt: start, timeLimitSeconds: null, closesAt: at(600) })).toEqual(at(600));
    expect(attemptDeadline({ startedAt: start, timeLimitSeconds: 60, closesAt: null })).toEqual(at(60));
    expect(attemptDeadline({ startedAt: start, timeLimitSeconds: null, closesAt: null })).toBeNull();
  });
});

describe("past the deadline", () => {
  it("is false up to and including the deadline itself", () => {
    expect(isPastDeadline(at(60), at(60))).toBe(false);
    expect(isPastDeadline(at(60), new Date(at(60).getTime() + 1))).toBe(true);
  });

  it("allows a grace period for network delay", () => {
    expect(isPastDeadline(at(60), at(70), 10_000)).toBe(false);
    expect(isPastDeadline(at(60), at(71), 10_000)).toBe(true);
  });

  it("is never true without a deadline", () => {
    expect(isPastDeadline(null, at(1e9))).toBe(false);
  });
});

describe("seconds left", () => {
  it("counts down in whole seconds, rounded down, and stops at zero", () => {
    expect(secondsLeft(at(60), at(0))).toBe(60);
    expect(secondsLeft(at(60), new Date(at(0).getTime() + 500))).toBe(59);
    expect(secondsLeft(at(60), at(90))).toBe(0);
    expect(secondsLeft(null, at(0))).toBeNull();
  });
});

describe("formatTimeLeft", () => {
  it("shows minutes and seconds, and hours from an hour up", () => {
    expect(formatTimeLeft(0)).toBe("0:00");
    expect(formatTimeLeft(754)).toBe("12:34");
    expect(formatTimeLeft(3723)).toBe("1:02:03");
  });
});
