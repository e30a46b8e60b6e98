import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUserStatus } from "@/db/queries/admin";
import { assignInstructor, getCourseBySlug, isCourseInstructor } from "@/db/queries/courses";
import { createUser, getUserByEmail } from "@/db/queries/users";
import { demoCourse, seedDemo } from "@/db/seed";
import { auditLog, courses, oneTimeTokens } from "@/db/schema";
import { ForbiddenError, NotFoundError, PublicError, UnauthenticatedError } from "@/lib/errors";
import { userFilterSchema } from "@/lib/admin/forms";
import { hashOneTimeToken } from "@/lib/auth/one-time-token";
import { changeName, changePassword, resetLinkState, resetPassword } from "@/server/account/account";
import { assignCourseInstructor, createCourse, getCourseForAdmin, listCoursesForAdmin, removeCourseInstructor } from "@/server/admin/courses";
import { AdminInputError } from "@/server/admin/errors";
import { createAccount, deactivateUser, getUserForAdmin, issueResetLink, listUsersForAdmin, reactivateUser } from "@/server/admin/users";
import { createGuards } from "@/server/auth/guards";
import { openFreshDatabase } from "./fresh-database";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
const db = () => database.db;
const password = "admin-test-password";
const ids: Record<string, string> = {};

/** Guards as next-auth's cookie would give them: the session version read when the session began. */
async function guardsFor(email: string | null) {
  const user = email ? await getUserByEmail({ db: db(), email }) : undefined;
  const claims = user ? { id: user.id, role: user.role, sessionVersion: user.sessionVersion } : null;
  return createGuards({ getDb: async () => db(), getSessionClaims: async () => claims });
}

beforeAll(async () => {
  database = await openFreshDatabase();
  await seedDemo({ db: db(), password });
  const [other] = await db().insert(courses).values({ slug: "other-admin", title: "Other course", joinCode: "OTHERADM1" }).returning();
  const outsider = (await createUser({ db: db(), user: { email: "outsider-admin@rampart.test", name: "Otto Outsider", role: "instructor", passwordHash: "x" } }))!;
  await assignInstructor({ db: db(), courseId: other!.id, userId: outsider.id });
  for (const email of ["admin@rampart.test", "student1@rampart.test", "student2@rampart.test", "instructor@rampart.test"]) {
    ids[email.split("@")[0]!] = (await getUserByEmail({ db: db(), email }))!.id;
  }
  ids.outsider = outsider.id;
});
afterAll(() => database?.close());

async function auditActions(entityId: string) {
  return (await db().select().from(auditLog).where(eq(auditLog.entityId, entityId))).map((entry) => entry.action);
}

describe(`administration (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("lets only an admin call the admin services: anonymous must sign in, a student and another course's instructor are refused", async () => {
    const personas = {
      anonymous: { guards: await guardsFor(null), refusal: UnauthenticatedError },
      student: { guards: await guardsFor("student1@rampart.test"), refusal: ForbiddenError },
      otherInstructor: { guards: await guardsFor("outsider-admin@rampart.test"), refusal: ForbiddenError },
      courseInstructor: { guards: await guardsFor("instructor@rampart.test"), refusal: ForbiddenError },
    };
    for (const [persona, { guards, refusal }] of Object.entries(personas)) {
      const calls: Record<string, () => Promise<unknown>> = {
        listUsersForAdmin: () => listUsersForAdmin({ db: db(), guards, filter: userFilterSchema.parse({}) }),
        getUserForAdmin: () => getUserForAdmin({ db: db(), guards, userId: ids.student2! }),
        createAccount: () => createAccount({ db: db(), guards, input: { name: "Mallory", email: `mallory-${persona}@example.org`, role: "admin" } }),
        issueResetLink: () => issueResetLink({ db: db(), guards, userId: ids.admin! }),
        deactivateUser: () => deactivateUser({ db: db(), guards, userId: ids.student2! }),
        reactivateUser: () => reactivateUser({ db: db(), guards, userId: ids.student2! }),
        listCoursesForAdmin: () => listCoursesForAdmin({ db: db(), guards }),
        getCourseForAdmin: () => getCourseForAdmin({ db: db(), guards, slug: demoCourse.slug }),
        createCourse: () => createCourse({ db: db(), guards, input: { title: "Sneaky", slug: `sneaky-${persona.toLowerCase()}`, description: "" } }),
        assignCourseInstructor: () => assignCourseInstructor({ db: db(), guards, courseSlug: demoCourse.slug, email: "outsider-admin@rampart.test" }),
        removeCourseInstructor: () => removeCourseInstructor({ db: db(), guards, courseSlug: demoCourse.slug, userId: ids.instructor! }),
      };
      for (const [name, call] of Object.entries(calls)) {
        await expect(call(), `${persona} → ${name}`).rejects.toBeInstanceOf(refusal);
      }
    }
    // Nothing any refused call might have done happened.
    expect(await getUserByEmail({ db: db(), email: "mallory-student@example.org" })).toBeUndefined();
    expect(await getCourseBySlug({ db: db(), slug: "sneaky-student" })).toBeUndefined();
    expect(await isCourseInstructor({ db: db(), courseId: (await getCourseBySlug({ db: db(), slug: demoCourse.slug }))!.id, userId: ids.instructor! })).toBe(true);
    expect(await db().select().from(oneTimeTokens)).toEqual([]);
    expect(await db().select().from(auditLog)).toEqual([]);
  });

  it("lets every signed-in user change only their own account, and nobody without a session", async () => {
    const anonymous = await guardsFor(null);
    await expect(changeName({ db: db(), guards: anonymous, name: "Nobody" })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(changePassword({ db: db(), guards: anonymous, currentPassword: password, password: "new-password-1" })).rejects.toBeInstanceOf(UnauthenticatedError);
    for (const email of ["student1@rampart.test", "outsider-admin@rampart.test", "admin@rampart.test"]) {
      await changeName({ db: db(), guards: await guardsFor(email), name: `Renamed ${email}` });
      expect((await getUserByEmail({ db: db(), email }))!.name).toBe(`Renamed ${email}`);
    }
    expect((await getUserByEmail({ db: db(), email: "student2@rampart.test" }))!.name).not.toMatch(/^Renamed/);
  });

  it("lets an admin search, filter and page the users without ever returning a password hash", async () => {
    const guards = await guardsFor("admin@rampart.test");
    const all = await listUsersForAdmin({ db: db(), guards, filter: userFilterSchema.parse({}) });
    expect(all.total).toBeGreaterThanOrEqual(5);
    expect(all.users.every((user) => !("passwordHash" in user))).toBe(true);
    const instructors = await listUsersForAdmin({ db: db(), guards, filter: userFilterSchema.parse({ role: "instructor" }) });
    expect(instructors.users.map((user) => user.email).sort()).toEqual(["instructor@rampart.test", "outsider-admin@rampart.test"]);
    const found = await listUsersForAdmin({ db: db(), guards, filter: userFilterSchema.parse({ q: "OUTSIDER" }) });
    expect(found.users.map((user) => user.email)).toEqual(["outsider-admin@rampart.test"]);
    expect((await listUsersForAdmin({ db: db(), guards, filter: userFilterSchema.parse({ q: "%" }) })).total).toBe(0);
    expect((await listUsersForAdmin({ db: db(), guards, filter: userFilterSchema.parse({ page: "99" }) })).users).toEqual([]);
  });

  it("creates a pending account whose one-time link sets its first password, activates it, and works only once", async () => {
    const guards = await guardsFor("admin@rampart.test");
    const { user, token, expiresAt } = await createAccount({ db: db(), guards, input: { name: "Ines Instructor", email: "Ines@Example.org", role: "instructor" } });
    expect(user.email).toBe("ines@example.org");
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
    const stored = (await getUserByEmail({ db: db(), email: "ines@example.org" }))!;
    expect(stored).toMatchObject({ status: "pending", passwordHash: null });
    await expect(createAccount({ db: db(), guards, input: { name: "Again", email: "ines@example.org", role: "student" } })).rejects.toBeInstanceOf(AdminInputError);

    const [row] = await db().select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, user.id));
    expect(row!.tokenHash).toBe(hashOneTimeToken(token));
    expect(JSON.stringify(await db().select().from(auditLog).where(eq(auditLog.entityId, user.id)))).not.toContain(token);

    expect(await resetLinkState({ db: db(), token })).toMatchObject({ usable: true, settingFirstPassword: true, email: "ines@example.org" });
    await resetPassword({ db: db(), token, password: "ines-chose-this-1" });
    expect(await getUserByEmail({ db: db(), email: "ines@example.org" })).toMatchObject({ status: "active" });
    expect(await resetLinkState({ db: db(), token })).toMatchObject({ usable: false, message: expect.stringMatching(/no longer valid/) });
    await expect(resetPassword({ db: db(), token, password: "second-try-pass-1" })).rejects.toThrow(/no longer valid/);
    expect(await auditActions(user.id)).toEqual(["user.create", "user.password_reset"]);
  });

  it("ends a user's sessions on deactivation, refuses self-deactivation, reactivates, and logs both", async () => {
    const admin = await guardsFor("admin@rampart.test");
    const studentSession = await guardsFor("student2@rampart.test");
    await expect(studentSession.requireUser()).resolves.toMatchObject({ id: ids.student2 });
    await expect(deactivateUser({ db: db(), guards: admin, userId: ids.admin! })).rejects.toThrow("You cannot deactivate your own account.");
    expect(await deactivateUser({ db: db(), guards: admin, userId: ids.student2! })).toMatchObject({ status: "deactivated", changed: true });
    await expect(studentSession.requireUser()).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(issueResetLink({ db: db(), guards: admin, userId: ids.student2! })).rejects.toThrow(/deactivated/);
    expect(await reactivateUser({ db: db(), guards: admin, userId: ids.student2! })).toMatchObject({ status: "active", changed: true });
    // The old session stays ended: reactivation is not a way back into it.
    await expect(studentSession.requireUser()).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect((await guardsFor("student2@rampart.test")).requireUser()).resolves.toBeTruthy();
    const entries = await db().select().from(auditLog).where(eq(auditLog.entityId, ids.student2!));
    expect(entries.map((entry) => [entry.action, entry.actorId, entry.before, entry.after])).toEqual([
      ["user.deactivate", ids.admin, { status: "active" }, { status: "deactivated" }],
      ["user.reactivate", ids.admin, { status: "deactivated" }, { status: "active" }],
    ]);
    await expect(deactivateUser({ db: db(), guards: admin, userId: "00000000-0000-4000-8000-000000000000" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("issues reset links that expire older ones, run out after 24 hours, and never reactivate a deactivated account", async () => {
    const admin = await guardsFor("admin@rampart.test");
    const first = await issueResetLink({ db: db(), guards: admin, userId: ids.student1! });
    const second = await issueResetLink({ db: db(), guards: admin, userId: ids.student1! });
    expect((await resetLinkState({ db: db(), token: first.token })).usable).toBe(false);
    expect((await resetLinkState({ db: db(), token: second.token })).usable).toBe(true);
    const tomorrow = new Date(Date.now() + 24 * 3600_000 + 60_000);
    await expect(resetPassword({ db: db(), token: second.token, password: "too-late-pass-1", now: tomorrow })).rejects.toThrow(/no longer valid/);
    expect(await resetLinkState({ db: db(), token: "not a token" })).toMatchObject({ usable: false });

    const third = await issueResetLink({ db: db(), guards: admin, userId: ids.student1! });
    const before = (await getUserByEmail({ db: db(), email: "student1@rampart.test" }))!;
    // Deactivated behind the service's back (which also expires links), so only the reset's own check stands.
    await db().transaction((tx) => setUserStatus({ tx, id: ids.student1!, status: "deactivated" }));
    expect(await resetLinkState({ db: db(), token: third.token })).toMatchObject({ usable: false, message: expect.stringMatching(/deactivated/) });
    await expect(resetPassword({ db: db(), token: third.token, password: "sneak-back-in-1" })).rejects.toThrow(/deactivated/);
    const after = (await getUserByEmail({ db: db(), email: "student1@rampart.test" }))!;
    expect(after.status).toBe("deactivated");
    expect(after.passwordHash).toBe(before.passwordHash);
    await reactivateUser({ db: db(), guards: admin, userId: ids.student1! });

    const sessionBefore = await guardsFor("student1@rampart.test");
    await resetPassword({ db: db(), token: third.token, password: "student-new-pass-1" });
    await expect(sessionBefore.requireUser()).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await auditActions(ids.student1!)).toEqual(
      expect.arrayContaining(["user.reset_link_issued", "user.reactivate", "user.password_reset"]),
    );
  });

  it("creates courses with unique URL names and a join code, assigns and removes instructors, and logs it all", async () => {
    const admin = await guardsFor("admin@rampart.test");
    const course = await createCourse({ db: db(), guards: admin, input: { title: "Deterrence", slug: "deterrence", description: "" } });
    expect(course.joinCode).toMatch(/^[A-Z2-9]{8}$/);
    await expect(createCourse({ db: db(), guards: admin, input: { title: "Again", slug: "deterrence", description: "" } })).rejects.toMatchObject({ field: "slug" });

    await expect(assignCourseInstructor({ db: db(), guards: admin, courseSlug: "deterrence", email: "student1@rampart.test" })).rejects.toMatchObject({ field: "email" });
    await expect(assignCourseInstructor({ db: db(), guards: admin, courseSlug: "deterrence", email: "nobody@rampart.test" })).rejects.toMatchObject({ field: "email" });
    await assignCourseInstructor({ db: db(), guards: admin, courseSlug: "deterrence", email: "outsider-admin@rampart.test" });
    await expect(assignCourseInstructor({ db: db(), guards: admin, courseSlug: "deterrence", email: "outsider-admin@rampart.test" })).rejects.toThrow(/already teaches/);
    const outsider = await guardsFor("outsider-admin@rampart.test");
    await expect(outsider.requireCourseInstructor("deterrence")).resolves.toBeTruthy();
    expect((await getCourseForAdmin({ db: db(), guards: admin, slug: "deterrence" })).instructors.map((instructor) => instructor.id)).toEqual([ids.outsider]);

    await removeCourseInstructor({ db: db(), guards: admin, courseSlug: "deterrence", userId: ids.outsider! });
    await expect(outsider.requireCourseInstructor("deterrence")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeCourseInstructor({ db: db(), guards: admin, courseSlug: "deterrence", userId: ids.outsider! })).rejects.toBeInstanceOf(PublicError);
    await expect(getCourseForAdmin({ db: db(), guards: admin, slug: "no-such-course" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await auditActions(course.id)).toEqual(["course.create", "course.instructor_assign", "course.instructor_remove"]);
  });
});
