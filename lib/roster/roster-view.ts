/** How the roster names a learner's standing in a course, and which of them it shows. */

export const rosterFilters = ["current", "active", "pending", "removed", "all"] as const;
export type RosterFilter = (typeof rosterFilters)[number];
export type RosterStatus = "active" | "pending" | "removed";

export const rosterFilterLabels: Record<RosterFilter, string> = {
  current: "Active and pending",
  active: "Active",
  pending: "Pending",
  removed: "Removed",
  all: "Everyone",
};

export const rosterStatusLabels: Record<RosterStatus, string> = {
  active: "Active",
  pending: "Pending: invitation not yet accepted",
  removed: "Removed",
};

export function parseRosterFilter(value: unknown): RosterFilter {
  return rosterFilters.includes(value as RosterFilter) ? (value as RosterFilter) : "current";
}

/** Removed wins over the account's state: a removed learner is off the course whatever their account. */
export function rosterStatus(row: { enrollmentStatus: "active" | "removed"; accountStatus: "active" | "pending" | "deactivated" }): RosterStatus {
  if (row.enrollmentStatus === "removed") return "removed";
  return row.accountStatus === "pending" ? "pending" : "active";
}
