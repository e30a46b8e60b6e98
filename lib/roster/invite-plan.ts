import type { Invitee } from "./email-list";

/** What inviting each address will do, decided from the account (if any) and its enrolment. */

export const inviteOutcomes = ["new_account", "reinvite_pending", "enrol_existing", "already_enrolled", "deactivated"] as const;
export type InviteOutcome = (typeof inviteOutcomes)[number];

export interface ExistingAccount {
  email: string;
  status: "active" | "pending" | "deactivated";
  enrollment: "active" | "removed" | null;
}

export interface PlannedInvite extends Invitee {
  outcome: InviteOutcome;
  /** Whether the learner was removed from this course before: inviting them restores their records. */
  restoring: boolean;
}

export function planInvitations(invitees: readonly Invitee[], accounts: readonly ExistingAccount[]): PlannedInvite[] {
  const byEmail = new Map(accounts.map((account) => [account.email.toLowerCase(), account]));
  return invitees.map((invitee) => {
    const account = byEmail.get(invitee.email);
    const restoring = account?.enrollment === "removed";
    if (!account) return { ...invitee, outcome: "new_account", restoring };
    if (account.status === "deactivated") return { ...invitee, outcome: "deactivated", restoring };
    // A pending account still needs its link, whether or not it is already on the roster.
    if (account.status === "pending") return { ...invitee, outcome: "reinvite_pending", restoring };
    return { ...invitee, outcome: account.enrollment === "active" ? "already_enrolled" : "enrol_existing", restoring };
  });
}

/** Outcomes that issue a one-time link. */
export function needsLink(outcome: InviteOutcome): boolean {
  return outcome === "new_account" || outcome === "reinvite_pending";
}

export const outcomeLabels: Record<InviteOutcome, string> = {
  new_account: "New account, pending until the learner sets a password with their link",
  reinvite_pending: "Account still pending: a new link replaces the old one",
  enrol_existing: "Existing account, enrolled (no link needed)",
  already_enrolled: "Already enrolled: nothing to do",
  deactivated: "Account deactivated: skipped (ask an admin)",
};

export function summarisePlan(plan: readonly PlannedInvite[]): Record<InviteOutcome, number> {
  const counts = Object.fromEntries(inviteOutcomes.map((outcome) => [outcome, 0])) as Record<InviteOutcome, number>;
  for (const row of plan) counts[row.outcome]++;
  return counts;
}
