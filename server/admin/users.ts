import type { Database } from "@/db/client";
import { listUsers, lockUser, setUserStatus } from "@/db/queries/admin";
import { insertAuditEntry } from "@/db/queries/grading";
import { expireTokensOf, insertOneTimeToken } from "@/db/queries/one-time-tokens";
import { createUser, getUserById } from "@/db/queries/users";
import type { Tx } from "@/db/queries/attempts";
import { resetLinkLifetimeMs } from "@/lib/account/forms";
import { likePattern, userListPageSize, type UserFilter } from "@/lib/admin/forms";
import { newOneTimeToken } from "@/lib/auth/one-time-token";
import { NotFoundError, PublicError } from "@/lib/errors";
import type { Role } from "@/db/schema";
import type { Guards } from "@/server/auth/guards";
import { AdminInputError } from "./errors";

interface AdminDeps {
  db: Database;
  guards: Guards;
  now?: Date;
}

export async function listUsersForAdmin({ db, guards, filter }: AdminDeps & { filter: UserFilter }) {
  await guards.requireRole("admin");
  const { rows, total } = await listUsers({
    db,
    pattern: filter.q ? likePattern(filter.q) : undefined,
    role: filter.role,
    status: filter.status,
    limit: userListPageSize,
    offset: (filter.page - 1) * userListPageSize,
  });
  return { users: rows, total, page: filter.page, pages: Math.max(1, Math.ceil(total / userListPageSize)) };
}

export async function getUserForAdmin({ db, guards, userId }: AdminDeps & { userId: string }) {
  await guards.requireRole("admin");
  const user = await getUserById({ db, id: userId });
  if (!user) throw new NotFoundError("That account");
  const { passwordHash, sessionVersion, ...shown } = user;
  return { ...shown, hasPassword: passwordHash !== null, sessionVersion };
}

/** A new link for the account; older unused ones stop working. Only the hash is stored. */
async function issueLink(tx: Tx, userId: string, actorId: string, now: Date) {
  await expireTokensOf({ db: tx, userId, purpose: "password_reset", now });
  const { token, tokenHash } = newOneTimeToken();
  const { expiresAt } = await insertOneTimeToken({
    db: tx,
    token: { userId, purpose: "password_reset", tokenHash, expiresAt: new Date(now.getTime() + resetLinkLifetimeMs), createdBy: actorId },
  });
  return { token, expiresAt };
}

/**
 * The account starts pending, without a password: the admin hands over a one-time link and the
 * new user chooses their own password, so no admin ever knows it and none travels in a chat.
 */
export async function createAccount({ db, guards, input, now = new Date() }: AdminDeps & { input: { name: string; email: string; role: Role } }) {
  const admin = await guards.requireRole("admin");
  return db.transaction(async (tx) => {
    const user = await createUser({ db: tx, user: { ...input, status: "pending", passwordHash: null } });
    if (!user) throw new AdminInputError("email", "An account with this email already exists.");
    const link = await issueLink(tx, user.id, admin.id, now);
    await insertAuditEntry({
      tx,
      entry: {
        actorId: admin.id,
        action: "user.create",
        entityType: "user",
        entityId: user.id,
        after: { name: user.name, email: user.email, role: user.role, status: user.status, setPasswordLinkExpiresAt: link.expiresAt.toISOString() },
      },
    });
    return { user: { id: user.id, name: user.name, email: user.email, role: user.role }, ...link };
  });
}

export async function issueResetLink({ db, guards, userId, now = new Date() }: AdminDeps & { userId: string }) {
  const admin = await guards.requireRole("admin");
  return db.transaction(async (tx) => {
    const user = await lockUser({ tx, id: userId });
    if (!user) throw new NotFoundError("That account");
    if (user.status === "deactivated") throw new PublicError("This account is deactivated. Reactivate it before issuing a reset link.");
    const link = await issueLink(tx, user.id, admin.id, now);
    await insertAuditEntry({
      tx,
      entry: { actorId: admin.id, action: "user.reset_link_issued", entityType: "user", entityId: user.id, after: { expiresAt: link.expiresAt.toISOString() } },
    });
    return { user: { id: user.id, name: user.name, email: user.email }, ...link };
  });
}

export async function deactivateUser({ db, guards, userId }: AdminDeps & { userId: string }) {
  const admin = await guards.requireRole("admin");
  // Locking oneself out would leave no one able to undo it from the browser.
  if (admin.id === userId) throw new PublicError("You cannot deactivate your own account.");
  return changeStatus(db, admin.id, userId, "deactivate");
}

export async function reactivateUser({ db, guards, userId }: AdminDeps & { userId: string }) {
  const admin = await guards.requireRole("admin");
  return changeStatus(db, admin.id, userId, "reactivate");
}

async function changeStatus(db: Database, actorId: string, userId: string, change: "deactivate" | "reactivate") {
  return db.transaction(async (tx) => {
    const user = await lockUser({ tx, id: userId });
    if (!user) throw new NotFoundError("That account");
    // An account that never chose a password goes back to waiting for its link.
    const status = change === "deactivate" ? "deactivated" : user.passwordHash ? "active" : "pending";
    if (change === "deactivate" ? user.status === "deactivated" : user.status !== "deactivated") return { id: user.id, status: user.status, changed: false };
    await setUserStatus({ tx, id: user.id, status });
    if (change === "deactivate") await expireTokensOf({ db: tx, userId: user.id, purpose: "password_reset", now: new Date() });
    await insertAuditEntry({
      tx,
      entry: { actorId, action: `user.${change}`, entityType: "user", entityId: user.id, before: { status: user.status }, after: { status } },
    });
    return { id: user.id, status, changed: true };
  });
}
