import { describe, expect, it } from "vitest";
import { applyReport, creditableSeconds, markComplete, minimumReadingSeconds, notStarted } from "./progress";

const t0 = new Date("2026-11-23T10:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe("minimum reading time", () => {
  it("derives from length at the fastest plausible pace, never under 5 s", () => {
    expect(minimumReadingSeconds(600, 400)).toBe(90);
    expect(minimumReadingSeconds(10, 400)).toBe(5);
  });
});

describe("credited time", () => {
  it("caps a claim by the time since the previous report, plus slack", () => {
    expect(creditableSeconds(10, at(0), at(10))).toBe(10);
    expect(creditableSeconds(500, at(0), at(10))).toBe(25);
    expect(creditableSeconds(500, null, at(0))).toBe(60);
    expect(creditableSeconds(-3, at(0), at(10))).toBe(0);
  });
});

describe("applying progress reports", () => {
  const rules = { minimumSeconds: 30 };

  it("does not complete a lesson scrolled to the end before the minimum time", () => {
    const state = applyReport(notStarted, { paragraph: 12, visibleSeconds: 4, reachedEnd: true }, { ...rules, now: at(4) });
    expect(state).toMatchObject({ status: "in_progress", reachedEnd: true, visibleSeconds: 4, lastParagraph: 12 });
  });

  it("completes it once enough visible time has been spent and the end was reached", () => {
    let state = applyReport(notStarted, { paragraph: 3, visibleSeconds: 20, reachedEnd: false }, { ...rules, now: at(20) });
    state = applyReport(state, { paragraph: 12, visibleSeconds: 15, reachedEnd: true }, { ...rules, now: at(35) });
    expect(state).toMatchObject({ status: "completed", completionSource: "evidence", visibleSeconds: 35 });
  });

  it("keeps a completed lesson completed and still records where the learner is", () => {
    const done = markComplete(notStarted, "manual", at(0));
    const later = applyReport(done, { paragraph: 2, visibleSeconds: 5, reachedEnd: false }, { ...rules, now: at(5) });
    expect(later).toMatchObject({ status: "completed", completionSource: "manual", lastParagraph: 2 });
  });

  it("keeps the last paragraph when a report carries none", () => {
    const state = applyReport({ ...notStarted, lastParagraph: 7, status: "in_progress", updatedAt: at(0) }, { paragraph: 0, visibleSeconds: 2, reachedEnd: false }, { ...rules, now: at(2) });
    expect(state.lastParagraph).toBe(7);
  });
});
