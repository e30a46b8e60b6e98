import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignInstructor, enrollLearner, getCourseByJoinCode, getCourseBySlug } from "@/db/queries/courses";
import { createUser, getUserByEmail } from "@/db/queries/users";
import { saveProgress } from "@/db/queries/progress";
import { auditLog, courses, enrollments, quizGrades, users } from "@/db/schema";
import { syncContent } from "@/db/sync-content";
import { loadContent } from "@/lib/content/load";
import { demoCourse, seedDemo } from "@/db/seed";
import { verifyPassword } from "@/lib/auth/password";
import { ForbiddenError, NotFoundError, PublicError, UnauthenticatedError } from "@/lib/errors";
import { createGuards } from "@/server/auth/guards";
import { loadClassProgress } from "@/server/class-progress/class-progress";
import { loadGradebook } from "@/server/gradebook/gradebook";
import { parseGradebookQuery } from "@/lib/gradebook/gradebook";
import { acceptInvitation, InvalidInvitationError, loadInvitation } from "@/server/roster/accept";
import { previewInvitations, sendInvitations } from "@/server/roster/invite";
import { regenerateJoinCode, removeLearner } from "@/server/roster/manage";
import { loadRoster } from "@/server/roster/roster";
import { openFreshDatabase } from "./fresh-database";
import { createTestQuiz, lessonIdBySlug } from "./quiz-fixture";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
const db = () => database.db;
const slug = demoCourse.slug;

beforeAll(async () => {
  database = await openFreshDatabase();
  await seedDemo({ db: db(), password: "roster-test-password" });
  await syncContent({ db: db(), documents: loadContent(path.resolve("content")), courseSlug: demoCourse.slug });
  const [other] = await db().insert(courses).values({ slug: "other-roster", title: "Other", joinCode: "OTHERROS" }).returning();
  const outsider = (await createUser({ db: db(), user: { email: "outsider@rampart.test", name: "Otto Outsider", role: "instructor", passwordHash: "x" } }))!;
  await assignInstructor({ db: db(), courseId: other!.id, userId: outsider.id });
  await createUser({ db: db(), user: { email: "free@rampart.test", name: "Fay Free", role: "student", passwordHash: "x" } });
  await createUser({ db: db(), user: { email: "gone@rampart.test", name: "Gus Gone", role: "student", status: "deactivated", passwordHash: "x" } });
});
afterAll(() => database?.close());

/** Guards as the server builds them, for a signed-in account (by email) or nobody. */
async function guardsFor(email: string | null) {
  const user = email ? await getUserByEmail({ db: db(), email }) : undefined;
  return createGuards({ getDb: async () => db(), getSessionClaims: async () => (user ? { id: user.id, role: user.role, sessionVersion: user.sessionVersion } : null) });
}
const instructor = () => guardsFor("instructor@rampart.test");
const idOf = async (email: string) => (await getUserByEmail({ db: db(), email }))!.id;

describe("inviting a list", () => {
  it("previews what each row will do without writing anything", async () => {
    const { plan, problems } = await previewInvitations({
      db: db(),
      guards: await instructor(),
      courseSlug: slug,
      source: { kind: "csv", text: "\uFEFFName,Email\nNew One,new1@example.org\n,Free@rampart.test\nSam,student1@rampart.test\nGus,gone@rampart.test\nBad,not-an-email\nAgain,NEW1@example.org\n" },
    });
    expect(plan.map((row) => [row.line, row.email, row.outcome])).toEqual([
      [2, "new1@example.org", "new_account"],
      [3, "free@rampart.test", "enrol_existing"],
      [4, "student1@rampart.test", "already_enrolled"],
      [5, "gone@rampart.test", "deactivated"],
    ]);
    expect(problems).toEqual([
      { line: 6, text: "not-an-email", reason: "invalid" },
      { line: 7, text: "NEW1@example.org", reason: "duplicate" },
    ]);
    expect(await getUserByEmail({ db: db(), email: "new1@example.org" })).toBeUndefined();
    await expect(previewInvitations({ db: db(), guards: await instructor(), courseSlug: slug, source: { kind: "csv", text: "id,score\n1,2" } })).rejects.toThrow(PublicError);
  });

  it("creates pending accounts with a link each, enrols existing accounts, and audits every learner, in one go", async () => {
    const results = await sendInvitations({
      db: db(),
      guards: await instructor(),
      courseSlug: slug,
      invitees: [
        { line: 1, email: "new1@example.org", name: "New One" },
        { line: 2, email: "new2@example.org", name: null },
        { line: 3, email: "free@rampart.test", name: null },
        { line: 4, email: "student1@rampart.test", name: null },
        { line: 5, email: "gone@rampart.test", name: null },
      ],
    });
    expect(results.map((row) => [row.email, row.outcome, row.token !== null])).toEqual([
      ["new1@example.org", "new_account", true],
      ["new2@example.org", "new_account", true],
      ["free@rampart.test", "enrol_existing", false],
      ["student1@rampart.test", "already_enrolled", false],
      ["gone@rampart.test", "deactivated", false],
    ]);
    const pending = (await getUserByEmail({ db: db(), email: "new2@example.org" }))!;
    expect(pending).toMatchObject({ status: "pending", passwordHash: null, role: "student", name: "new2" });
    const roster = await loadRoster({ db: db(), guards: await instructor(), courseSlug: slug, filter: "pending" });
    expect(roster.learners.map((learner) => learner.email).sort()).toEqual(["new1@example.org", "new2@example.org"]);
    expect(roster.counts).toMatchObject({ active: 3, pending: 2, removed: 0 });
    const audits = await db().select().from(auditLog).where(eq(auditLog.action, "learner_invited"));
    expect(audits).toHaveLength(2);
    expect(await db().select().from(auditLog).where(eq(auditLog.action, "learner_enrolled"))).toHaveLength(1);
    await expect(loadInvitation({ db: db(), token: results[0]!.token! })).resolves.toMatchObject({ email: "new1@example.org", course: { slug } });
  });

  it("refuses invalid addresses, and rolls everything back when one row fails", async () => {
    await expect(sendInvitations({ db: db(), guards: await instructor(), courseSlug: slug, invitees: [{ line: 1, email: "x".repeat(300) + "@example.org", name: null }] })).rejects.toThrow(/not a valid email/);
    // The same new address twice: the second account cannot be created, as when someone signs up meanwhile.
    const twice = [1, 2].map((line) => ({ line, email: "rollback@example.org", name: null }));
    await expect(sendInvitations({ db: db(), guards: await instructor(), courseSlug: slug, invitees: twice })).rejects.toThrow(/was just created/);
    expect(await getUserByEmail({ db: db(), email: "rollback@example.org" })).toBeUndefined();
    expect(await db().select().from(auditLog).where(eq(auditLog.action, "learner_invited"))).toHaveLength(2);
  });

  it("issues a new link when a pending learner is invited again, and the old one stops working", async () => {
    const first = await sendInvitations({ db: db(), guards: await instructor(), courseSlug: slug, invitees: [{ line: 1, email: "new2@example.org", name: null }] });
    const second = await sendInvitations({ db: db(), guards: await instructor(), courseSlug: slug, invitees: [{ line: 1, email: "new2@example.org", name: null }] });
    expect(second[0]).toMatchObject({ outcome: "reinvite_pending" });
    expect(await loadInvitation({ db: db(), token: first[0]!.token! })).toBeUndefined();
    await expect(acceptInvitation({ db: db(), token: first[0]!.token!, name: "X", password: "a-long-password" })).rejects.toBeInstanceOf(InvalidInvitationError);
    expect(await loadInvitation({ db: db(), token: second[0]!.token! })).toMatchObject({ email: "new2@example.org" });
  });
});

describe("completing an invitation", () => {
  it("sets the name and password, activates the account and works only once", async () => {
    const [sent] = await sendInvitations({ db: db(), guards: await instructor(), courseSlug: slug, invitees: [{ line: 1, email: "new1@example.org", name: null }] });
    const accepted = await acceptInvitation({ db: db(), token: sent!.token!, name: "Nora New", password: "nora-long-password" });
    expect(accepted).toMatchObject({ email: "new1@example.org", course: { slug } });
    const user = (await getUserByEmail({ db: db(), email: "new1@example.org" }))!;
    expect(user).toMatchObject({ status: "active", name: "Nora New" });
    expect(await verifyPassword("nora-long-password", user.passwordHash!)).toBe(true);
    await expect((await guardsFor("new1@example.org")).requireEnrollment(slug)).resolves.toMatchObject({ access: "learner" });
    await expect(acceptInvitation({ db: db(), token: sent!.token!, name: "Mallory", password: "mallory-password" })).rejects.toBeInstanceOf(InvalidInvitationError);
    expect(await loadInvitation({ db: db(), token: sent!.token! })).toBeUndefined();
    expect((await getUserByEmail({ db: db(), email: "new1@example.org" }))!.name).toBe("Nora New");
  });

  it("refuses unknown, malformed and expired links", async () => {
    expect(await loadInvitation({ db: db(), token: "A".repeat(43) })).toBeUndefined();
    expect(await loadInvitation({ db: db(), token: "../etc" })).toBeUndefined();
    const [sent] = await sendInvitations({ db: db(), guards: await instructor(), courseSlug: slug, invitees: [{ line: 1, email: "late@example.org", name: null }] });
    const eightDaysOn = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    expect(await loadInvitation({ db: db(), token: sent!.token!, now: eightDaysOn })).toBeUndefined();
    await expect(acceptInvitation({ db: db(), token: sent!.token!, name: "Late", password: "late-long-password", now: eightDaysOn })).rejects.toBeInstanceOf(InvalidInvitationError);
    expect((await getUserByEmail({ db: db(), email: "late@example.org" }))!.status).toBe("pending");
  });
});

describe("the roster", () => {
  it("lists learners with their progress at a glance, and the instructors", async () => {
    const studentId = await idOf("student1@rampart.test");
    const lessonId = await lessonIdBySlug(db(), "cyber-hybrid");
    await saveProgress({ db: db(), userId: studentId, lessonId, state: { status: "completed", completionSource: "evidence", lastParagraph: 3, visibleSeconds: 300, reachedEnd: true, updatedAt: null } });
    for (const grade of [0.8, 0.6]) {
      const quiz = await createTestQuiz(db(), { title: `Glance ${grade}`, slots: [{ randomLessonSlug: "cyber-hybrid" }] });
      await db().insert(quizGrades).values({ quizId: quiz.id, userId: studentId, grade });
    }
    const roster = await loadRoster({ db: db(), guards: await instructor(), courseSlug: slug, filter: "all" });
    expect(roster.lessonCount).toBeGreaterThan(1);
    expect(roster.learners.find((learner) => learner.userId === studentId)).toMatchObject({ status: "active", lessonsCompleted: 1, quizzesGraded: 2, averageGrade: 70 });
    expect(roster.learners.find((learner) => learner.email === "student2@rampart.test")).toMatchObject({ lessonsCompleted: 0, quizzesGraded: 0, averageGrade: null });
    expect(roster.instructors.map((person) => person.email)).toEqual(["instructor@rampart.test"]);
    expect(roster.course.joinCode).toBe(demoCourse.joinCode);
  });
});

describe("join code and removal", () => {
  it("regenerates the join code: the old one stops working and the change is audited", async () => {
    const before = (await getCourseBySlug({ db: db(), slug }))!.joinCode;
    const code = await regenerateJoinCode({ db: db(), guards: await instructor(), courseSlug: slug });
    expect(code).not.toBe(before);
    expect(await getCourseByJoinCode({ db: db(), joinCode: before })).toBeUndefined();
    expect((await getCourseByJoinCode({ db: db(), joinCode: code }))!.slug).toBe(slug);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, "join_code_regenerated"));
    expect(entry).toMatchObject({ before: { joinCode: before }, after: { joinCode: code } });
  });

  it("removes a learner: access ends, they leave roster, gradebook and progress, and their enrolment row stays to be restored", async () => {
    const studentId = await idOf("student2@rampart.test");
    const courseId = (await getCourseBySlug({ db: db(), slug }))!.id;
    await removeLearner({ db: db(), guards: await instructor(), courseSlug: slug, userId: studentId });
    await expect((await guardsFor("student2@rampart.test")).requireEnrollment(slug)).rejects.toBeInstanceOf(ForbiddenError);
    const roster = await loadRoster({ db: db(), guards: await instructor(), courseSlug: slug, filter: "current" });
    expect(roster.learners.some((learner) => learner.userId === studentId)).toBe(false);
    const removed = await loadRoster({ db: db(), guards: await instructor(), courseSlug: slug, filter: "removed" });
    expect(removed.learners.map((learner) => [learner.email, learner.status])).toEqual([["student2@rampart.test", "removed"]]);
    const book = await loadGradebook({ db: db(), guards: await instructor(), courseSlug: slug, query: parseGradebookQuery({}) });
    expect(book.rows.some((row) => row.userId === studentId)).toBe(false);
    const progress = await loadClassProgress({ db: db(), guards: await instructor(), courseSlug: slug });
    expect(progress.learners.some((learner) => learner.userId === studentId)).toBe(false);
    const [row] = await db().select().from(enrollments).where(and(eq(enrollments.courseId, courseId), eq(enrollments.userId, studentId)));
    expect(row).toMatchObject({ status: "removed" });
    expect(row!.removedAt).toBeInstanceOf(Date);
    await expect(removeLearner({ db: db(), guards: await instructor(), courseSlug: slug, userId: studentId })).rejects.toBeInstanceOf(NotFoundError);

    const [again] = await sendInvitations({ db: db(), guards: await instructor(), courseSlug: slug, invitees: [{ line: 1, email: "student2@rampart.test", name: null }] });
    expect(again).toMatchObject({ outcome: "enrol_existing", restoring: true, token: null });
    const [restored] = await db().select().from(enrollments).where(and(eq(enrollments.courseId, courseId), eq(enrollments.userId, studentId)));
    expect(restored).toMatchObject({ id: row!.id, status: "active", removedAt: null });
    await expect((await guardsFor("student2@rampart.test")).requireEnrollment(slug)).resolves.toMatchObject({ access: "learner" });
  });

  it("removing a pending learner with no other course ends their invitation link", async () => {
    const [sent] = await sendInvitations({ db: db(), guards: await instructor(), courseSlug: slug, invitees: [{ line: 1, email: "dropped@example.org", name: null }] });
    await removeLearner({ db: db(), guards: await instructor(), courseSlug: slug, userId: await idOf("dropped@example.org") });
    expect(await loadInvitation({ db: db(), token: sent!.token! })).toBeUndefined();
  });

  it("a removed learner who joins again by code gets their enrolment back", async () => {
    const studentId = await idOf("student1@rampart.test");
    const courseId = (await getCourseBySlug({ db: db(), slug }))!.id;
    await removeLearner({ db: db(), guards: await instructor(), courseSlug: slug, userId: studentId });
    expect(await enrollLearner({ db: db(), courseId, userId: studentId })).toBe(true);
    await expect((await guardsFor("student1@rampart.test")).requireEnrollment(slug)).resolves.toMatchObject({ access: "learner" });
  });
});

describe("authorization: every roster action, by who calls it", () => {
  const calls = {
    loadRoster: (guards: Awaited<ReturnType<typeof guardsFor>>) => loadRoster({ db: db(), guards, courseSlug: slug, filter: "all" }),
    previewInvitations: (guards: Awaited<ReturnType<typeof guardsFor>>) => previewInvitations({ db: db(), guards, courseSlug: slug, source: { kind: "paste", text: "authz@example.org" } }),
    sendInvitations: (guards: Awaited<ReturnType<typeof guardsFor>>) => sendInvitations({ db: db(), guards, courseSlug: slug, invitees: [{ line: 1, email: "authz@example.org", name: null }] }),
    regenerateJoinCode: (guards: Awaited<ReturnType<typeof guardsFor>>) => regenerateJoinCode({ db: db(), guards, courseSlug: slug }),
    removeLearner: async (guards: Awaited<ReturnType<typeof guardsFor>>) => removeLearner({ db: db(), guards, courseSlug: slug, userId: await idOf("free@rampart.test") }),
  };

  it.each([
    ["anonymous", null, UnauthenticatedError],
    ["a student of the course", "student1@rampart.test", ForbiddenError],
    ["an instructor of another course", "outsider@rampart.test", ForbiddenError],
  ] as const)("refuses %s everything, changing nothing", async (_who, email, error) => {
    const guards = await guardsFor(email);
    const codeBefore = (await getCourseBySlug({ db: db(), slug }))!.joinCode;
    for (const call of Object.values(calls)) await expect(call(guards)).rejects.toBeInstanceOf(error);
    expect((await getCourseBySlug({ db: db(), slug }))!.joinCode).toBe(codeBefore);
    expect(await getUserByEmail({ db: db(), email: "authz@example.org" })).toBeUndefined();
    const [free] = await db().select().from(enrollments).innerJoin(users, eq(users.id, enrollments.userId)).where(eq(users.email, "free@rampart.test"));
    expect(free!.enrollments.status).toBe("active");
  });

  it("lets the other instructor manage their own course, but not act on this one's learners through it", async () => {
    const guards = await guardsFor("outsider@rampart.test");
    await expect(loadRoster({ db: db(), guards, courseSlug: "other-roster", filter: "all" })).resolves.toMatchObject({ course: { slug: "other-roster" } });
    await expect(removeLearner({ db: db(), guards, courseSlug: "other-roster", userId: await idOf("free@rampart.test") })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets an admin do everything", async () => {
    const guards = await guardsFor("admin@rampart.test");
    await expect(calls.loadRoster(guards)).resolves.toMatchObject({ course: { slug } });
    await expect(calls.previewInvitations(guards)).resolves.toMatchObject({ plan: [{ outcome: "new_account" }] });
    await expect(calls.sendInvitations(guards)).resolves.toMatchObject([{ outcome: "new_account" }]);
    await expect(calls.regenerateJoinCode(guards)).resolves.toMatch(/^[A-Z0-9]{8}$/);
    await expect(calls.removeLearner(guards)).resolves.toBeUndefined();
  });

  it("refuses a deactivated instructor and an unknown course", async () => {
    await expect(loadRoster({ db: db(), guards: await instructor(), courseSlug: "no-such-course", filter: "all" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
