import { describe, expect, it } from "vitest";
import { parseRosterFilter, rosterStatus } from "./roster-view";

describe("roster view", () => {
  it("names a removed enrolment removed whatever the account, and a pending account pending", () => {
    expect(rosterStatus({ enrollmentStatus: "removed", accountStatus: "pending" })).toBe("removed");
    expect(rosterStatus({ enrollmentStatus: "active", accountStatus: "pending" })).toBe("pending");
    expect(rosterStatus({ enrollmentStatus: "active", accountStatus: "active" })).toBe("active");
  });

  it("shows active and pending learners unless another known filter is asked for", () => {
    expect(parseRosterFilter(undefined)).toBe("current");
    expect(parseRosterFilter("removed")).toBe("removed");
    expect(parseRosterFilter(["removed"])).toBe("current");
    expect(parseRosterFilter("everyone'; drop")).toBe("current");
  });
});
