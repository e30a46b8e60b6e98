import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { auditFilterSchema } from "@/lib/admin/audit-filter";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { readAuditLog } from "@/server/admin/audit";
import { deactivateUser } from "@/server/admin/users";
import { guardsAs } from "./accommodation-world";
import { openTeachingWorld, type TeachingWorld } from "./teaching-world";

let world: TeachingWorld;
const db = () => world.db;
const asAdmin = () => guardsAs(world, world.users.admin);
const read = async (query: Record<string, string> = {}) => readAuditLog({ db: db(), guards: asAdmin(), filter: auditFilterSchema.parse(query) });
type Entry = typeof auditLog.$inferInsert;

beforeAll(async () => {
  world = await openTeachingWorld("audit");
  const { admin, instructor, student1, outsider } = world.users;
  const entries: Entry[] = [
    { actorId: instructor.id, courseId: world.courseId, action: "accommodation_saved", entityType: "user", entityId: student1.id, after: { extraSeconds: 600 }, reason: "medical note", createdAt: new Date("2020-03-01T23:59:59Z") },
    { actorId: student1.id, action: "account.name_change", entityType: "user", entityId: student1.id, before: { name: "Sam" }, after: { name: "Samuel" }, createdAt: new Date("2020-03-02T00:00:00Z") },
    // Another kind of entity that happens to carry the same id must not count as about the student.
    { actorId: outsider.id, courseId: world.otherCourseId, action: "grade", entityType: "response", entityId: student1.id, before: { mark: 0 }, after: { mark: 1 }, reason: "100% right after all", createdAt: new Date("2020-03-03T12:00:00Z") },
    { actorId: null, action: "user.password_reset", entityType: "user", entityId: admin.id, before: { passwordHash: "scrypt$old", status: "pending" }, after: { passwordHash: "scrypt$new", status: "active", link: { token: "t0ps3cret", expiresAt: "2020-03-05" }, tokenHash: "feedface" }, createdAt: new Date("2020-03-04T08:00:00Z") },
  ];
  // Enough of one action for three pages, a minute apart, the newest last.
  for (let index = 0; index < 120; index++) {
    entries.push({ actorId: instructor.id, courseId: world.courseId, action: "test.bulk", entityType: "quiz", entityId: `quiz-${index}`, after: { index }, createdAt: new Date(Date.UTC(2021, 0, 1, 0, index)) });
  }
  await db().insert(auditLog).values(entries);
});
afterAll(() => world?.close());

describe(`the audit log for admins (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("refuses everyone but an admin before reading anything", async () => {
    const filter = auditFilterSchema.parse({});
    for (const [who, user, refusal] of [
      ["anonymous", null, UnauthenticatedError],
      ["a student", world.users.student1, ForbiddenError],
      ["the course's instructor", world.users.instructor, ForbiddenError],
      ["another course's instructor", world.users.outsider, ForbiddenError],
    ] as const) {
      await expect(readAuditLog({ db: db(), guards: guardsAs(world, user), filter }), who).rejects.toBeInstanceOf(refusal);
      await expect(readAuditLog({ db: db(), guards: guardsAs(world, user) }), `${who}, choices only`).rejects.toBeInstanceOf(refusal);
    }
    const allowed = await read();
    expect(allowed.total).toBeGreaterThanOrEqual(124);
  });

  it("shows an admin's deactivation with its actor, its words, its subject and the change", async () => {
    const { admin, student2 } = world.users;
    await deactivateUser({ db: db(), guards: asAdmin(), userId: student2.id });
    const log = await read({ user: student2.id });
    expect(log.total).toBe(1);
    expect(log.about).toEqual({ id: student2.id, name: student2.name, email: student2.email });
    const [entry] = log.entries;
    expect(entry).toMatchObject({ action: "user.deactivate", label: "Account deactivated", actorId: admin.id, actorName: admin.name, actorEmail: admin.email, entityType: "user", entityId: student2.id, subjectName: student2.name });
    expect(entry!.changes).toEqual([{ field: "status", before: "active", after: "deactivated" }]);
    // The newest entry of all comes first on the unfiltered first page.
    expect((await read()).entries[0]!.id).toBe(entry!.id);
  });

  it("finds an account's entries whether it acted or was acted upon, and nothing else", async () => {
    const { student1, instructor } = world.users;
    const log = await read({ user: student1.id });
    expect(log.entries.map((entry) => entry.action)).toEqual(["account.name_change", "accommodation_saved"]);
    expect(log.entries[1]).toMatchObject({ actorName: instructor.name, courseTitle: expect.any(String), subjectName: student1.name, reason: "medical note" });
    expect(log.entries[0]!.changes).toEqual([{ field: "name", before: "Sam", after: "Samuel" }]);
  });

  it("filters by action, course, text over reason and entity id, and whole UTC days", async () => {
    expect((await read({ action: "grade" })).entries.map((entry) => entry.courseId)).toEqual([world.otherCourseId]);
    const inOther = await read({ course: world.otherCourseId });
    expect(inOther.entries.map((entry) => entry.action)).toEqual(["grade"]);
    expect(inOther.entries[0]!.courseTitle).toBe("Other");
    // % is a literal character in the search, not a wildcard.
    expect((await read({ q: "100%" })).entries.map((entry) => entry.action)).toEqual(["grade"]);
    expect((await read({ q: "0% r" })).total).toBe(1);
    expect((await read({ q: "1%t" })).total).toBe(0);
    expect((await read({ q: "MEDICAL" })).entries.map((entry) => entry.action)).toEqual(["accommodation_saved"]);
    expect((await read({ q: "quiz-119" })).entries.map((entry) => entry.entityId)).toEqual(["quiz-119"]);
    expect((await read({ from: "2020-03-02", to: "2020-03-03" })).entries.map((entry) => entry.action)).toEqual(["grade", "account.name_change"]);
    expect((await read({ to: "2020-03-01" })).entries.map((entry) => entry.action)).toEqual(["accommodation_saved"]);
    expect((await read({ from: "2020-03-04", to: "2020-03-04" })).entries.map((entry) => entry.action)).toEqual(["user.password_reset"]);
    expect((await read({ action: "grade", course: world.courseId })).total).toBe(0);
  });

  it("pages 50 at a time, newest first, without repeats or gaps", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => read({ action: "test.bulk", page: String(page) })));
    expect(pages.map((log) => [log.page, log.pages, log.total, log.entries.length])).toEqual([
      [1, 3, 120, 50],
      [2, 3, 120, 50],
      [3, 3, 120, 20],
    ]);
    const seen = pages.flatMap((log) => log.entries.map((entry) => entry.entityId));
    expect(seen).toEqual(Array.from({ length: 120 }, (_, index) => `quiz-${119 - index}`));
    expect((await read({ action: "test.bulk", page: "4" })).entries).toEqual([]);
  });

  it("shows a system entry without an actor and never passes a secret on", async () => {
    const log = await read({ action: "user.password_reset" });
    const [entry] = log.entries;
    expect(entry).toMatchObject({ actorId: null, actorName: null, subjectName: world.users.admin.name });
    expect(entry!.changes).toEqual([
      { field: "status", before: "pending", after: "active" },
      { field: "link", before: null, after: '{"expiresAt":"2020-03-05"}' },
    ]);
    expect(JSON.stringify(log)).not.toMatch(/scrypt|t0ps3cret|feedface|passwordHash|tokenHash/);
  });

  it("offers the actions that occur, in words, and every course, even when the filter was invalid", async () => {
    const choices = await readAuditLog({ db: db(), guards: asAdmin() });
    expect(choices.entries).toEqual([]);
    expect(choices.about).toBeNull();
    expect(choices.actions.map((choice) => choice.action)).toEqual(["accommodation_saved", "account.name_change", "grade", "test.bulk", "user.deactivate", "user.password_reset"]);
    expect(choices.actions.find((choice) => choice.action === "grade")!.label).toBe("Answer graded");
    expect(choices.courses.map((course) => course.id).sort()).toEqual([world.courseId, world.otherCourseId].sort());
  });
});
