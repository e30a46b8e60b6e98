import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUserByEmail } from "@/db/queries/users";
import { attempts, auditLog, quizzes } from "@/db/schema";
import { demoCourse } from "@/db/seed";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { quizBankSearchSchema } from "@/lib/quizzes/bank-search";
import { loadAttemptReview } from "@/server/attempts/review";
import { startAttempt } from "@/server/attempts/start";
import { createGuards, type CurrentUser } from "@/server/auth/guards";
import { searchQuizBank } from "@/server/quizzes/bank-picker";
import { duplicateQuiz, setQuizStatus } from "@/server/quizzes/lifecycle";
import { startPreview } from "@/server/quizzes/preview";
import { createTestQuiz, lessonQuestionIds } from "./quiz-fixture";
import { openTeachingWorld, type TeachingWorld } from "./teaching-world";

let world: TeachingWorld;
const db = () => world.db;
const slug = demoCourse.slug;
let quizId: string;

async function guardsFor(user: CurrentUser | null) {
  const row = user ? await getUserByEmail({ db: db(), email: user.email }) : undefined;
  return createGuards({ getDb: async () => db(), getSessionClaims: async () => (row ? { id: row.id, role: row.role, sessionVersion: row.sessionVersion } : null) });
}
type TestGuards = Awaited<ReturnType<typeof guardsFor>>;

const search = quizBankSearchSchema.parse({ course: slug, q: "" });
const calls = {
  searchQuizBank: (guards: TestGuards) => searchQuizBank({ db: db(), guards, courseSlug: slug, search }),
  duplicateQuiz: (guards: TestGuards) => duplicateQuiz({ db: db(), guards, courseSlug: slug, quizId }),
  publishQuiz: (guards: TestGuards) => setQuizStatus({ db: db(), guards, courseSlug: slug, quizId, status: "published" }),
  unpublishQuiz: (guards: TestGuards) => setQuizStatus({ db: db(), guards, courseSlug: slug, quizId, status: "draft" }),
  startPreview: (guards: TestGuards) => startPreview({ db: db(), guards, courseSlug: slug, quizId }),
};

beforeAll(async () => {
  world = await openTeachingWorld("builderauth");
  const [questionId] = await lessonQuestionIds(db(), "armed-attack", "single_choice");
  quizId = (await createTestQuiz(db(), { title: "Draft for authz", status: "draft", slots: [{ questionId: questionId! }] })).id;
});
afterAll(() => world?.close());

describe("authorization: every quiz builder action, by who calls it", () => {
  it.each([
    ["anonymous", null, UnauthenticatedError],
    ["a student of the course", "student1", ForbiddenError],
    ["an instructor of another course", "outsider", ForbiddenError],
  ] as const)("refuses %s everything, changing nothing", async (_who, key, error) => {
    const guards = await guardsFor(key ? world.users[key] : null);
    const quizzesBefore = (await db().select().from(quizzes)).length;
    for (const call of Object.values(calls)) await expect(call(guards)).rejects.toBeInstanceOf(error);
    expect((await db().select().from(quizzes)).length).toBe(quizzesBefore);
    expect((await db().select().from(quizzes).where(eq(quizzes.id, quizId)))[0]!.status).toBe("draft");
    expect(await db().select().from(attempts).where(eq(attempts.quizId, quizId))).toEqual([]);
    expect(await db().select().from(auditLog).where(eq(auditLog.entityId, quizId))).toEqual([]);
  });

  it("a student cannot start the draft as a learner either, nor read an instructor's preview", async () => {
    await expect(startAttempt({ db: db(), user: world.users.student1, quizId })).rejects.toBeInstanceOf(NotFoundError);
    const previewId = await calls.startPreview(await guardsFor(world.users.instructor));
    await expect(loadAttemptReview({ db: db(), user: world.users.student1, attemptId: previewId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadAttemptReview({ db: db(), user: world.users.outsider, attemptId: previewId })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the other instructor works in their own course, where this course's quizzes and questions do not exist", async () => {
    const guards = await guardsFor(world.users.outsider);
    await expect(searchQuizBank({ db: db(), guards, courseSlug: world.otherCourseSlug, search })).resolves.toMatchObject({ rows: [], total: 0 });
    await expect(duplicateQuiz({ db: db(), guards, courseSlug: world.otherCourseSlug, quizId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setQuizStatus({ db: db(), guards, courseSlug: world.otherCourseSlug, quizId, status: "published" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(startPreview({ db: db(), guards, courseSlug: world.otherCourseSlug, quizId })).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each([
    ["the course's instructor", "instructor"],
    ["an admin", "admin"],
  ] as const)("lets %s do everything", async (_who, key) => {
    const guards = await guardsFor(world.users[key]);
    const found = await calls.searchQuizBank(guards);
    expect(found.total).toBeGreaterThan(0);
    // Only what identifies a question is sent to the picker: never options or keys.
    expect(Object.keys(found.rows[0]!).sort()).toEqual(["excerpt", "id", "lesson", "tags", "type"]);
    await expect(calls.duplicateQuiz(guards)).resolves.toMatch(/^[0-9a-f-]{36}$/);
    await expect(calls.publishQuiz(guards)).resolves.toMatchObject({ status: "published" });
    await expect(calls.unpublishQuiz(guards)).resolves.toMatchObject({ status: "draft" });
    const previewId = await calls.startPreview(guards);
    const [preview] = await db().select().from(attempts).where(eq(attempts.id, previewId));
    expect(preview).toMatchObject({ preview: true, userId: world.users[key].id });
  });
});
