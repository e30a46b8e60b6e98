import { describe, expect, it } from "vitest";
import { defaultReviewOptions, reviewMoment, visibleParts, type ReviewOptions } from "./review-visibility";

const submittedAt = new Date("2026-12-01T10:00:00Z");
const closesAt = new Date("2026-12-08T17:00:00Z");
const after = (ms: number) => new Date(submittedAt.getTime() + ms);

describe("review moment", () => {
  it("is during while the attempt is in progress, whatever the clock says", () => {
    expect(reviewMoment({ state: "in_progress", submittedAt: null, now: after(1e10), closesAt })).toBe("during");
  });

  it("is immediately for two minutes after submission, then open until the quiz closes", () => {
    const submitted = { state: "submitted" as const, submittedAt, closesAt };
    expect(reviewMoment({ ...submitted, now: after(119_999) })).toBe("immediately");
    expect(reviewMoment({ ...submitted, now: after(120_000) })).toBe("open");
    expect(reviewMoment({ ...submitted, now: closesAt })).toBe("closed");
  });

  it("is closed as soon as the quiz closes, even within the two minutes", () => {
    expect(reviewMoment({ state: "submitted", submittedAt, now: after(30_000), closesAt: after(10_000) })).toBe("closed");
  });

  it("stays open for ever when the quiz never closes", () => {
    expect(reviewMoment({ state: "submitted", submittedAt, now: after(1e12), closesAt: null })).toBe("open");
  });
});

describe("visible parts", () => {
  it("by default hide everything during the attempt, show everything right after, marks only later", () => {
    expect(visibleParts(defaultReviewOptions, "during")).toEqual({ marks: false, correctness: false, feedback: false, rightAnswer: false });
    expect(visibleParts(defaultReviewOptions, "immediately")).toEqual({ marks: true, correctness: true, feedback: true, rightAnswer: true });
    expect(visibleParts(defaultReviewOptions, "open")).toEqual({ marks: true, correctness: false, feedback: false, rightAnswer: false });
    expect(visibleParts(defaultReviewOptions, "closed")).toEqual({ marks: true, correctness: true, feedback: true, rightAnswer: true });
  });

  it("follow the quiz's own options", () => {
    const secretUntilClose: ReviewOptions = {
      ...defaultReviewOptions,
      immediately: { marks: true, correctness: true, feedback: false, rightAnswer: false },
    };
    expect(visibleParts(secretUntilClose, "immediately")).toEqual({ marks: true, correctness: true, feedback: false, rightAnswer: false });
  });
});
