import { describe, expect, it } from "vitest";
import { describeNextReview } from "./next-review";

const now = new Date("2026-12-01T10:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

describe("next review wording", () => {
  it("says now for a card already due", () => {
    expect(describeNextReview(now, now)).toBe("now");
    expect(describeNextReview(later(-day), now)).toBe("now");
  });

  it("counts minutes, then hours, then days", () => {
    expect(describeNextReview(later(10 * 1000), now)).toBe("in 1 minute");
    expect(describeNextReview(later(12 * minute), now)).toBe("in 12 minutes");
    expect(describeNextReview(later(3 * hour + 10 * minute), now)).toBe("in 3 hours");
    expect(describeNextReview(later(3 * day), now)).toBe("in 3 days");
  });

  it("calls about a day from now tomorrow, as FSRS's one-day interval after a wrong answer falls", () => {
    expect(describeNextReview(later(day), now)).toBe("tomorrow");
    expect(describeNextReview(later(day - 30 * 1000), now)).toBe("tomorrow");
    expect(describeNextReview(later(21 * hour), now)).toBe("tomorrow");
  });

  it("counts months for long intervals", () => {
    expect(describeNextReview(later(90 * day), now)).toBe("in 3 months");
  });
});
