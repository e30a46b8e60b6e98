import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { demoCourse, seedDemo } from "@/db/seed";
import { syncContent } from "@/db/sync-content";
import { courseInstructors, enrollments, lessons, questionOptions, questionVersions, questions, users } from "@/db/schema";
import { openFreshDatabase } from "./fresh-database";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
beforeAll(async () => {
  database = await openFreshDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe(`migrations, seed and content sync (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("seeds the demo course and accounts once, whatever the number of runs", async () => {
    const first = await seedDemo({ db: database.db, password: "demo-password-123" });
    expect(first.courseCreated).toBe(true);
    expect(first.created.map((account) => account.role).sort()).toEqual(["admin", "instructor", "student", "student"]);
    const second = await seedDemo({ db: database.db, password: "demo-password-123" });
    expect(second).toEqual({ courseCreated: false, created: [] });
    const [userCount] = await database.db.select({ n: count() }).from(users);
    const [enrolled] = await database.db.select({ n: count() }).from(enrollments);
    const [teaching] = await database.db.select({ n: count() }).from(courseInstructors);
    expect([userCount?.n, enrolled?.n, teaching?.n]).toEqual([4, 2, 1]);
  });

  it("stores passwords only as scrypt hashes", async () => {
    const rows = await database.db.select({ hash: users.passwordHash }).from(users);
    for (const row of rows) expect(row.hash).toMatch(/^scrypt\$/);
  });

  it("loads every lesson and question, and a second sync changes nothing", async () => {
    const documents = loadContent(path.resolve("content"));
    const expectedQuestions = documents.flatMap((d) => d.lessons).reduce((sum, lesson) => sum + lesson.questions.length, 0);
    const first = await syncContent({ db: database.db, documents, courseSlug: demoCourse.slug });
    expect(first.lessons.created).toBe(15);
    expect(first.questions.created).toBe(expectedQuestions);
    const second = await syncContent({ db: database.db, documents, courseSlug: demoCourse.slug });
    expect(second.lessons).toEqual({ created: 0, updated: 0, unchanged: 15 });
    expect(second.questions).toEqual({ created: 0, newVersions: 0, unchanged: expectedQuestions, retired: 0, restored: 0 });
  });

  it("versions a changed question and retires a removed one instead of deleting it", async () => {
    const documents = loadContent(path.resolve("content"));
    const lesson = documents[0]!.lessons[0]!;
    const [changed, removed] = lesson.questions;
    changed!.stem = `${changed!.stem} (revised)`;
    lesson.questions = lesson.questions.filter((question) => question !== removed);
    const report = await syncContent({ db: database.db, documents, courseSlug: demoCourse.slug });
    expect(report.questions.newVersions).toBe(1);
    expect(report.questions.retired).toBe(1);

    const [changedRow] = await database.db.select().from(questions).where(eq(questions.externalId, changed!.id));
    expect(changedRow?.currentVersion).toBe(2);
    const versions = await database.db.select().from(questionVersions).where(eq(questionVersions.questionId, changedRow!.id));
    expect(versions.map((version) => version.stem).sort()).toEqual([changed!.stem.replace(" (revised)", ""), changed!.stem].sort());
    const [removedRow] = await database.db.select().from(questions).where(eq(questions.externalId, removed!.id));
    expect(removedRow?.status).toBe("retired");
  });

  it("stores multiple-response fractions by the course rule", async () => {
    const rows = await database.db
      .select({ fraction: questionOptions.fraction, type: questions.type })
      .from(questionOptions)
      .innerJoin(questionVersions, eq(questionVersions.id, questionOptions.versionId))
      .innerJoin(questions, eq(questions.id, questionVersions.questionId))
      .where(eq(questions.type, "multiple_response"));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.fraction < 0)).toBe(true);
    const [lessonCount] = await database.db.select({ n: count() }).from(lessons);
    expect(lessonCount?.n).toBe(15);
  });
});
