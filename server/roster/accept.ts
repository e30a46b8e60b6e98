import type { Database } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/grading";
import { consumeToken, findUsableToken } from "@/db/queries/one-time-tokens";
import { activateInvitedUser, getLatestActiveCourse } from "@/db/queries/roster";
import { getUserById } from "@/db/queries/users";
import { hashOneTimeToken, oneTimeTokenPattern } from "@/lib/auth/one-time-token";
import { hashPassword } from "@/lib/auth/password";
import { PublicError } from "@/lib/errors";

/**
 * The invited learner's side. No session is needed: the link's token is the authority, and it
 * opens only its own pending account, once, within its week.
 */

export const invalidInvitationMessage = "This invitation link is no longer valid. Ask your instructor for a new one.";

export class InvalidInvitationError extends PublicError {
  constructor() {
    super(invalidInvitationMessage);
    this.name = "InvalidInvitationError";
  }
}

/** The account and course an invitation opens, or undefined when the link cannot be used. */
export async function loadInvitation({ db, token, now = new Date() }: { db: Database; token: string; now?: Date }) {
  if (!oneTimeTokenPattern.test(token)) return undefined;
  const row = await findUsableToken({ db, tokenHash: hashOneTimeToken(token), purpose: "invitation", now });
  if (!row) return undefined;
  const user = await getUserById({ db, id: row.userId });
  if (!user || user.status !== "pending") return undefined;
  return { email: user.email, name: user.name, course: await getLatestActiveCourse({ db, userId: user.id }) };
}

/** Sets the name and password, activates the account and uses up the link, all or nothing. */
export async function acceptInvitation({ db, token, name, password, now = new Date() }: { db: Database; token: string; name: string; password: string; now?: Date }) {
  if (!oneTimeTokenPattern.test(token)) throw new InvalidInvitationError();
  // Hashing is slow and needs no lock, so it happens before the transaction.
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const used = await consumeToken({ tx, tokenHash: hashOneTimeToken(token), purpose: "invitation", now });
    if (!used) throw new InvalidInvitationError();
    const activated = await activateInvitedUser({ tx, userId: used.userId, name, passwordHash });
    if (!activated) throw new InvalidInvitationError();
    await insertAuditEntry({ tx, entry: { actorId: used.userId, action: "invitation_accepted", entityType: "user", entityId: used.userId, after: { status: "active" } } });
    return { email: activated.email, course: await getLatestActiveCourse({ db: tx, userId: used.userId }) };
  });
}
