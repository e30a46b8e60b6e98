import type { Database } from "@/db/client";
import type { Tx } from "@/db/queries/attempts";
import { insertAuditEntry } from "@/db/queries/grading";
import { expireTokensOf, insertOneTimeToken } from "@/db/queries/one-time-tokens";
import { insertPendingUser, listAccountsByEmail, upsertActiveEnrollment } from "@/db/queries/roster";
import { newOneTimeToken } from "@/lib/auth/one-time-token";
import { PublicError } from "@/lib/errors";
import { InviteListError, inviteLimits, normaliseEmail, parseCsvList, parsePastedList, type Invitee, type ListProblem } from "@/lib/roster/email-list";
import { needsLink, planInvitations, type InviteOutcome, type PlannedInvite } from "@/lib/roster/invite-plan";
import type { CourseInstructorGuard } from "./roster";

/** Invitation links stay usable for a week. */
export const invitationLifetimeMs = 7 * 24 * 3600 * 1000;

export type InviteSource = { kind: "paste" | "csv"; text: string };

/** What inviting the list would do, row by row; nothing is written. */
export async function previewInvitations({ db, guards, courseSlug, source }: { db: Database; guards: CourseInstructorGuard; courseSlug: string; source: InviteSource }): Promise<{ plan: PlannedInvite[]; problems: ListProblem[] }> {
  const { course } = await guards.requireCourseInstructor(courseSlug);
  let list;
  try {
    list = source.kind === "csv" ? parseCsvList(source.text) : parsePastedList(source.text);
  } catch (error) {
    if (error instanceof InviteListError) throw new PublicError(error.message);
    throw error;
  }
  if (list.invitees.length === 0 && list.problems.length === 0) throw new PublicError("The list holds no email addresses.");
  const accounts = await listAccountsByEmail({ db, courseId: course.id, emails: list.invitees.map((invitee) => invitee.email) });
  return { plan: planInvitations(list.invitees, accounts), problems: list.problems };
}

export interface InviteResult {
  email: string;
  name: string | null;
  outcome: InviteOutcome;
  restoring: boolean;
  /** The one-time link's token, shown once to the instructor and never stored. */
  token: string | null;
}

/**
 * Invites the confirmed list in one transaction: pending accounts for new addresses, enrolment
 * (restoring removed learners with their records), a fresh one-time link for every pending
 * account (older links stop working) and an audit entry per learner. Outcomes are decided again
 * inside the transaction, so the preview going stale changes nothing.
 */
export async function sendInvitations({ db, guards, courseSlug, invitees, now = new Date() }: { db: Database; guards: CourseInstructorGuard; courseSlug: string; invitees: Invitee[]; now?: Date }): Promise<InviteResult[]> {
  const { user, course } = await guards.requireCourseInstructor(courseSlug);
  if (invitees.length === 0 || invitees.length > inviteLimits.rows) throw new PublicError(`Invite between 1 and ${inviteLimits.rows} addresses at once.`);
  const invalid = invitees.find((invitee) => normaliseEmail(invitee.email) !== invitee.email);
  if (invalid) throw new PublicError(`${invalid.email.slice(0, 60)} is not a valid email address.`);
  return db.transaction(async (tx) => {
    const accounts = await listAccountsByEmail({ db: tx, courseId: course.id, emails: invitees.map((invitee) => invitee.email) });
    const idOf = new Map(accounts.map((account) => [account.email.toLowerCase(), account.id]));
    const results: InviteResult[] = [];
    for (const row of planInvitations(invitees, accounts)) {
      if (row.outcome === "deactivated" || row.outcome === "already_enrolled") {
        results.push({ email: row.email, name: row.name, outcome: row.outcome, restoring: false, token: null });
        continue;
      }
      const userId = idOf.get(row.email) ?? (await createPending(tx, row));
      await upsertActiveEnrollment({ tx, courseId: course.id, userId, now });
      let token: string | null = null;
      if (needsLink(row.outcome)) {
        await expireTokensOf({ db: tx, userId, purpose: "invitation", now });
        const issued = newOneTimeToken();
        await insertOneTimeToken({ db: tx, token: { userId, purpose: "invitation", tokenHash: issued.tokenHash, expiresAt: new Date(now.getTime() + invitationLifetimeMs), createdBy: user.id } });
        token = issued.token;
      }
      await insertAuditEntry({
        tx,
        entry: { actorId: user.id, courseId: course.id, action: row.outcome === "enrol_existing" ? "learner_enrolled" : "learner_invited", entityType: "user", entityId: userId, after: { outcome: row.outcome, restoring: row.restoring } },
      });
      results.push({ email: row.email, name: row.name, outcome: row.outcome, restoring: row.restoring, token });
    }
    return results;
  });
}

async function createPending(tx: Tx, row: PlannedInvite): Promise<string> {
  const created = await insertPendingUser({ tx, email: row.email, name: row.name ?? row.email.split("@")[0]! });
  // Someone signed up with this address since the accounts were read: the transaction fails and nothing is half-done.
  if (!created) throw new PublicError(`An account for ${row.email} was just created. Check the list again and confirm.`);
  return created.id;
}
