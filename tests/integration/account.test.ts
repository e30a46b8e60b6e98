import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUserByEmail } from "@/db/queries/users";
import { seedDemo } from "@/db/seed";
import { auditLog } from "@/db/schema";
import { UnauthenticatedError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { authenticate } from "@/server/auth/authenticate";
import { changeName, changePassword } from "@/server/account/account";
import { AdminInputError } from "@/server/admin/errors";
import { createGuards } from "@/server/auth/guards";
import { openFreshDatabase } from "./fresh-database";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
const db = () => database.db;
const password = "account-test-password";

async function sessionOf(email: string) {
  const user = (await getUserByEmail({ db: db(), email }))!;
  return createGuards({ getDb: async () => db(), getSessionClaims: async () => ({ id: user.id, role: user.role, sessionVersion: user.sessionVersion }) });
}

beforeAll(async () => {
  database = await openFreshDatabase();
  await seedDemo({ db: db(), password });
});
afterAll(() => database?.close());

describe(`account (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("changes the user's own name and logs the old and new name", async () => {
    const session = await sessionOf("student2@rampart.test");
    const before = (await getUserByEmail({ db: db(), email: "student2@rampart.test" }))!;
    await changeName({ db: db(), guards: session, name: "Sam Student" });
    expect((await getUserByEmail({ db: db(), email: "student2@rampart.test" }))!.name).toBe("Sam Student");
    // Renaming does not end any session.
    await expect(session.requireUser()).resolves.toMatchObject({ name: "Sam Student" });
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.entityId, before.id));
    expect(entry).toMatchObject({ action: "account.name_change", actorId: before.id, before: { name: before.name }, after: { name: "Sam Student" } });
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const session = await sessionOf("student1@rampart.test");
    const before = (await getUserByEmail({ db: db(), email: "student1@rampart.test" }))!;
    await expect(changePassword({ db: db(), guards: session, currentPassword: "not-my-password", password: "brand-new-pass-1" })).rejects.toBeInstanceOf(AdminInputError);
    expect(await getUserByEmail({ db: db(), email: "student1@rampart.test" })).toMatchObject({ passwordHash: before.passwordHash, sessionVersion: before.sessionVersion });
  });

  it("changes the password, ends every session issued before, and leaves no secret in the log", async () => {
    const email = "instructor@rampart.test";
    const session = await sessionOf(email);
    const otherDevice = await sessionOf(email);
    await changePassword({ db: db(), guards: session, currentPassword: password, password: "brand-new-pass-1" });
    await expect(otherDevice.requireUser()).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(session.requireUser()).rejects.toBeInstanceOf(UnauthenticatedError);
    const stored = (await getUserByEmail({ db: db(), email }))!;
    expect(await verifyPassword("brand-new-pass-1", stored.passwordHash!)).toBe(true);
    // Signing in again with the new password is how the action keeps this device signed in.
    expect(await authenticate({ db: db(), email, password: "brand-new-pass-1" })).toMatchObject({ ok: true, user: { sessionVersion: stored.sessionVersion } });
    expect(await authenticate({ db: db(), email, password })).toEqual({ ok: false, reason: "invalid" });
    await expect((await sessionOf(email)).requireUser()).resolves.toBeTruthy();
    const entries = await db().select().from(auditLog).where(eq(auditLog.entityId, stored.id));
    expect(entries.map((entry) => entry.action)).toEqual(["account.password_change"]);
    expect(JSON.stringify(entries)).not.toContain("brand-new-pass-1");
  });
});
