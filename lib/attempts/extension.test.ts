import { describe, expect, it } from "vitest";
import { extendedDeadline, extendFormSchema, extendMessages, extensionAnnouncement, lengthenedDeadline } from "./extension";

const ids = { course: "nato-ukraine", quizId: "5f0c6f5e-1d2b-4c3a-9e8f-0a1b2c3d4e5f", attemptId: "6a1d7f6e-2e3c-4d4b-8f9a-1b2c3d4e5f60" };

describe("the extend form", () => {
  it("accepts whole minutes within bounds", () => {
    expect(extendFormSchema.parse({ ...ids, minutes: " 10 " }).minutes).toBe(10);
    expect(extendFormSchema.parse({ ...ids, minutes: "240" }).minutes).toBe(240);
  });

  it.each(["", "0", "241", "1.5", "-5", "ten", "99999"])("refuses %j with the bounds in the message", (minutes) => {
    const parsed = extendFormSchema.safeParse({ ...ids, minutes });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(extendMessages.minutes);
  });

  it("refuses an attempt id that is not one", () => {
    expect(extendFormSchema.safeParse({ ...ids, attemptId: "1; drop table", minutes: "5" }).success).toBe(false);
  });
});

describe("moving a deadline", () => {
  const startedAt = new Date("2026-03-01T10:00:00Z");
  const current = new Date("2026-03-01T10:30:00Z");

  it("adds minutes", () => {
    expect(extendedDeadline(current, 15)).toEqual(new Date("2026-03-01T10:45:00Z"));
  });

  it("lengthens an attempt to what the new rules give from its start", () => {
    expect(lengthenedDeadline({ current, startedAt, rules: { timeLimitSeconds: 45 * 60, closesAt: null } })).toEqual(new Date("2026-03-01T10:45:00Z"));
  });

  it("never shortens, so a hand extension outlasts a smaller accommodation", () => {
    expect(lengthenedDeadline({ current, startedAt, rules: { timeLimitSeconds: 20 * 60, closesAt: null } })).toBeNull();
    expect(lengthenedDeadline({ current, startedAt, rules: { timeLimitSeconds: 30 * 60, closesAt: null } })).toBeNull();
  });

  it("keeps the quiz's close as a cap, and leaves an untimed attempt untimed", () => {
    expect(lengthenedDeadline({ current, startedAt, rules: { timeLimitSeconds: 60 * 60, closesAt: new Date("2026-03-01T10:40:00Z") } })).toEqual(new Date("2026-03-01T10:40:00Z"));
    expect(lengthenedDeadline({ current: null, startedAt, rules: { timeLimitSeconds: 60 * 60, closesAt: null } })).toBeNull();
  });
});

describe("what the learner hears", () => {
  it("says how much time was added", () => {
    expect(extensionAnnouncement("2026-03-01T10:30:00Z", "2026-03-01T10:40:00Z")).toBe("Your time has been extended by 10 minutes.");
    expect(extensionAnnouncement("2026-03-01T10:30:00Z", "2026-03-01T10:31:30Z")).toBe("Your time has been extended by 1 minute and 30 seconds.");
  });

  it("says nothing when the deadline did not move later", () => {
    expect(extensionAnnouncement("2026-03-01T10:30:00Z", "2026-03-01T10:30:00Z")).toBe("");
    expect(extensionAnnouncement("2026-03-01T10:30:00Z", "2026-03-01T10:20:00Z")).toBe("");
    expect(extensionAnnouncement(null, "2026-03-01T10:20:00Z")).toBe("");
  });
});
