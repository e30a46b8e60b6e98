import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCourse, seedDemo } from "@/db/seed";
import { courses, users } from "@/db/schema";
import { getUserByEmail } from "@/db/queries/users";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { openFreshDatabase } from "@/tests/integration/fresh-database";
import { createGuards, type SessionClaims } from "./guards";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await openFreshDatabase();
  await seedDemo({ db: database.db, password: "guard-test-password" });
  await database.db.insert(courses).values({ slug: "other-course", title: "Other", joinCode: "OTHER123" });
  for (const email of ["admin@rampart.test", "instructor@rampart.test", "student1@rampart.test"]) {
    ids[email.split("@")[0]!] = (await getUserByEmail({ db: database.db, email }))!.id;
  }
});
afterAll(() => database?.close());

async function guardsFor(name: string | null) {
  const user = name ? await getUserByEmail({ db: database.db, email: `${name}@rampart.test` }) : undefined;
  const claims: SessionClaims | null = user ? { id: user.id, role: user.role, sessionVersion: user.sessionVersion } : null;
  return createGuards({ getDb: async () => database.db, getSessionClaims: async () => claims });
}

describe("guards", () => {
  it("refuses a visitor without a session", async () => {
    const guards = await guardsFor(null);
    await expect(guards.requireUser()).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(guards.requireEnrollment(demoCourse.slug)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("lets a student read an enrolled course but not another course or instructor pages", async () => {
    const guards = await guardsFor("student1");
    await expect(guards.requireEnrollment(demoCourse.slug)).resolves.toMatchObject({ access: "learner" });
    await expect(guards.requireEnrollment("other-course")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(guards.requireRole("instructor", "admin")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(guards.requireCourseInstructor(demoCourse.slug)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lets an instructor manage only the courses assigned to them", async () => {
    const guards = await guardsFor("instructor");
    await expect(guards.requireCourseInstructor(demoCourse.slug)).resolves.toMatchObject({ course: { slug: demoCourse.slug } });
    await expect(guards.requireEnrollment(demoCourse.slug)).resolves.toMatchObject({ access: "instructor" });
    await expect(guards.requireCourseInstructor("other-course")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lets an admin into every course", async () => {
    const guards = await guardsFor("admin");
    await expect(guards.requireCourseInstructor("other-course")).resolves.toBeTruthy();
    await expect(guards.requireEnrollment("other-course")).resolves.toMatchObject({ access: "admin" });
  });

  it("answers not found for an unknown course", async () => {
    const guards = await guardsFor("admin");
    await expect(guards.requireEnrollment("no-such-course")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("ends sessions of deactivated accounts and sessions issued before a password change", async () => {
    const guards = await guardsFor("student1");
    await database.db.update(users).set({ sessionVersion: 1 }).where(eq(users.id, ids.student1!));
    await expect(guards.requireUser()).rejects.toBeInstanceOf(UnauthenticatedError);
    const renewed = await guardsFor("student1");
    await expect(renewed.requireUser()).resolves.toMatchObject({ role: "student" });
    await database.db.update(users).set({ status: "deactivated" }).where(eq(users.id, ids.student1!));
    await expect(renewed.requireUser()).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("trusts the database, not the session, for the role", async () => {
    const user = (await getUserByEmail({ db: database.db, email: "instructor@rampart.test" }))!;
    await database.db.update(users).set({ role: "student" }).where(eq(users.id, user.id));
    const guards = createGuards({
      getDb: async () => database.db,
      getSessionClaims: async () => ({ id: user.id, role: "instructor", sessionVersion: user.sessionVersion }),
    });
    await expect(guards.requireRole("instructor")).rejects.toBeInstanceOf(ForbiddenError);
  });
});
