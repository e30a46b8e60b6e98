import { describe, expect, it } from "vitest";
import { acceptSave } from "./save-order";

const deadline = new Date("2026-12-01T10:30:00Z");
const before = new Date("2026-12-01T10:29:59Z");
const after = new Date("2026-12-01T10:30:01Z");
const save = { storedSeq: 4, incomingSeq: 5, deadline, now: before, state: "in_progress" as const };

describe("accepting a save", () => {
  it("takes a newer answer in time", () => {
    expect(acceptSave(save)).toEqual({ accept: true });
    expect(acceptSave({ ...save, deadline: null, now: after })).toEqual({ accept: true });
  });

  it("ignores an older or repeated one that arrives late over the network", () => {
    expect(acceptSave({ ...save, incomingSeq: 3 })).toMatchObject({ accept: false, reason: "stale" });
    expect(acceptSave({ ...save, incomingSeq: 4 })).toMatchObject({ accept: false, reason: "stale" });
  });

  it("refuses an answer that arrives after the deadline, unless within the grace period", () => {
    expect(acceptSave({ ...save, now: after })).toEqual({
      accept: false,
      reason: "past_deadline",
      message: "Time is up: this answer arrived after the deadline and was not saved.",
    });
    expect(acceptSave({ ...save, now: after, graceMs: 5000 })).toEqual({ accept: true });
  });

  it("refuses any change to a submitted attempt", () => {
    expect(acceptSave({ ...save, state: "submitted" })).toMatchObject({ accept: false, reason: "finished" });
    expect(acceptSave({ ...save, state: "submitted", now: after, incomingSeq: 1 })).toMatchObject({ reason: "finished" });
  });
});
