import { describe, expect, it } from "vitest";
import { canStartAttempt, type StartCheck } from "./eligibility";

const opensAt = new Date("2026-12-01T09:00:00Z");
const closesAt = new Date("2026-12-08T17:00:00Z");
const open: StartCheck = { now: new Date("2026-12-03T12:00:00Z"), opensAt, closesAt, attemptsAllowed: 2, finishedAttempts: 0, hasOpenAttempt: false };

describe("starting an attempt", () => {
  it("is allowed while the quiz is open and attempts remain", () => {
    expect(canStartAttempt(open)).toEqual({ ok: true });
    expect(canStartAttempt({ ...open, opensAt: null, closesAt: null, attemptsAllowed: null, finishedAttempts: 40 })).toEqual({ ok: true });
  });

  it("is refused before the quiz opens, saying when it does", () => {
    expect(canStartAttempt({ ...open, now: new Date("2026-11-30T09:00:00Z") })).toEqual({
      ok: false,
      reason: "not_open",
      message: "This quiz opens on 1 Dec 2026, 09:00 UTC.",
    });
  });

  it("names the learner's time zone when given one", () => {
    const decision = canStartAttempt({ ...open, now: new Date("2026-11-30T09:00:00Z"), timeZone: "Europe/Kyiv" });
    expect(decision).toMatchObject({ message: "This quiz opens on 1 Dec 2026, 11:00 (Europe/Kyiv)." });
  });

  it("is refused from the close time on", () => {
    expect(canStartAttempt({ ...open, now: closesAt })).toEqual({ ok: false, reason: "closed", message: "This quiz closed on 8 Dec 2026, 17:00 UTC." });
  });

  it("is refused when every attempt has been used", () => {
    expect(canStartAttempt({ ...open, finishedAttempts: 2 })).toEqual({
      ok: false,
      reason: "no_attempts_left",
      message: "You have already used all 2 attempts at this quiz.",
    });
    expect(canStartAttempt({ ...open, attemptsAllowed: 1, finishedAttempts: 1 })).toMatchObject({
      message: "You have already used your only attempt at this quiz.",
    });
  });

  it("reports an attempt in progress before anything else, so the caller can resume it", () => {
    expect(canStartAttempt({ ...open, hasOpenAttempt: true, finishedAttempts: 2 })).toMatchObject({ ok: false, reason: "in_progress" });
  });
});
