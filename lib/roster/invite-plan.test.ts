import { describe, expect, it } from "vitest";
import { needsLink, planInvitations, summarisePlan } from "./invite-plan";

const invitee = (email: string, line = 1) => ({ line, email, name: null });

describe("planInvitations", () => {
  it("decides per address from the account and its enrolment", () => {
    const plan = planInvitations(
      [invitee("new@x.org", 1), invitee("pending@x.org", 2), invitee("active@x.org", 3), invitee("enrolled@x.org", 4), invitee("gone@x.org", 5), invitee("removed@x.org", 6)],
      [
        { email: "Pending@x.org", status: "pending", enrollment: "active" },
        { email: "active@x.org", status: "active", enrollment: null },
        { email: "enrolled@x.org", status: "active", enrollment: "active" },
        { email: "gone@x.org", status: "deactivated", enrollment: null },
        { email: "removed@x.org", status: "active", enrollment: "removed" },
      ],
    );
    expect(plan.map((row) => [row.email, row.outcome, row.restoring])).toEqual([
      ["new@x.org", "new_account", false],
      ["pending@x.org", "reinvite_pending", false],
      ["active@x.org", "enrol_existing", false],
      ["enrolled@x.org", "already_enrolled", false],
      ["gone@x.org", "deactivated", false],
      ["removed@x.org", "enrol_existing", true],
    ]);
    expect(plan.filter((row) => needsLink(row.outcome)).map((row) => row.email)).toEqual(["new@x.org", "pending@x.org"]);
    expect(summarisePlan(plan)).toEqual({ new_account: 1, reinvite_pending: 1, enrol_existing: 2, already_enrolled: 1, deactivated: 1 });
  });
});
