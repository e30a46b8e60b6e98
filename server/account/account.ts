import type { Database } from "@/db/client";
import { lockUser, setUserName, setUserPassword } from "@/db/queries/admin";
import { insertAuditEntry } from "@/db/queries/grading";
import { consumeToken, findUsableToken } from "@/db/queries/one-time-tokens";
import { getUserById } from "@/db/queries/users";
import { noLongerValidMessage } from "@/lib/account/forms";
import { hashOneTimeToken, oneTimeTokenPattern } from "@/lib/auth/one-time-token";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { PublicError } from "@/lib/errors";
import type { Guards } from "@/server/auth/guards";
import { AdminInputError } from "@/server/admin/errors";

export const deactivatedResetMessage = "This account is deactivated, so its password cannot be reset. Ask an administrator to reactivate it.";

export async function changeName({ db, guards, name }: { db: Database; guards: Guards; name: string }) {
  const user = await guards.requireUser();
  await db.transaction(async (tx) => {
    await setUserName({ tx, id: user.id, name });
    await insertAuditEntry({ tx, entry: { actorId: user.id, action: "account.name_change", entityType: "user", entityId: user.id, before: { name: user.name }, after: { name } } });
  });
  return { name };
}

/** Ends every session of the account, this one included; the caller signs this device in again. */
export async function changePassword({ db, guards, currentPassword, password }: { db: Database; guards: Guards; currentPassword: string; password: string }) {
  const user = await guards.requireUser();
  const stored = await getUserById({ db, id: user.id });
  if (!stored?.passwordHash || !(await verifyPassword(currentPassword, stored.passwordHash))) {
    throw new AdminInputError("currentPassword", "That is not your current password.");
  }
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await setUserPassword({ tx, id: user.id, passwordHash });
    await insertAuditEntry({ tx, entry: { actorId: user.id, action: "account.password_change", entityType: "user", entityId: user.id } });
  });
  return { email: user.email };
}

/** What a reset link opens to; a link that cannot be used says only that. */
export async function resetLinkState({ db, token, now = new Date() }: { db: Database; token: string; now?: Date }) {
  if (!oneTimeTokenPattern.test(token)) return { usable: false as const, message: noLongerValidMessage };
  const row = await findUsableToken({ db, tokenHash: hashOneTimeToken(token), purpose: "password_reset", now });
  const user = row && (await getUserById({ db, id: row.userId }));
  if (!user) return { usable: false as const, message: noLongerValidMessage };
  if (user.status === "deactivated") return { usable: false as const, message: deactivatedResetMessage };
  return { usable: true as const, email: user.email, settingFirstPassword: user.status === "pending" };
}

/**
 * Uses the link and sets the password in one transaction: if anything fails the link still
 * works, and two submissions at once cannot both succeed. A link never reactivates an account.
 */
export async function resetPassword({ db, token, password, now = new Date() }: { db: Database; token: string; password: string; now?: Date }) {
  if (!oneTimeTokenPattern.test(token)) throw new PublicError(noLongerValidMessage);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const used = await consumeToken({ tx, tokenHash: hashOneTimeToken(token), purpose: "password_reset", now });
    if (!used) throw new PublicError(noLongerValidMessage);
    const user = await lockUser({ tx, id: used.userId });
    if (!user) throw new PublicError(noLongerValidMessage);
    if (user.status === "deactivated") throw new PublicError(deactivatedResetMessage);
    const updated = await setUserPassword({ tx, id: user.id, passwordHash });
    await insertAuditEntry({
      tx,
      entry: { actorId: user.id, action: "user.password_reset", entityType: "user", entityId: user.id, before: { status: user.status }, after: { status: updated!.status } },
    });
    return { email: user.email };
  });
}
