import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCourse, seedDemo } from "@/db/seed";
import { syncContent } from "@/db/sync-content";
import { getUserByEmail } from "@/db/queries/users";
import { getProgress } from "@/db/queries/progress";
import { lessons } from "@/db/schema";
import { loadContent } from "@/lib/content/load";
import { NotFoundError } from "@/lib/errors";
import { openFreshDatabase } from "@/tests/integration/fresh-database";
import type { CurrentUser } from "@/server/auth/guards";
import { markLessonComplete, recordProgress } from "./record-progress";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
let learner: CurrentUser;
let instructor: CurrentUser;
let lessonId: string;
const t0 = new Date("2026-11-23T12:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

beforeAll(async () => {
  database = await openFreshDatabase();
  await seedDemo({ db: database.db, password: "progress-test-1" });
  await syncContent({ db: database.db, documents: loadContent(path.resolve("content")), courseSlug: demoCourse.slug });
  const asCurrent = async (email: string) => {
    const user = (await getUserByEmail({ db: database.db, email }))!;
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  };
  learner = await asCurrent("student1@rampart.test");
  instructor = await asCurrent("instructor@rampart.test");
  lessonId = (await database.db.select({ id: lessons.id }).from(lessons).where(eq(lessons.slug, "eastern-flank")))[0]!.id;
});
afterAll(() => database?.close());

describe("recording reading progress", () => {
  it("credits no more time than has passed between reports", async () => {
    const db = database.db;
    await recordProgress({ db, user: learner, report: { lessonId, paragraph: 2, visibleSeconds: 10, reachedEnd: false }, now: at(10) });
    const inflated = await recordProgress({ db, user: learner, report: { lessonId, paragraph: 9, visibleSeconds: 3600, reachedEnd: true }, now: at(20) });
    expect(inflated).toMatchObject({ status: "in_progress", visibleSeconds: 35, reachedEnd: true, lastParagraph: 9 });
  });

  it("completes on evidence once enough visible time has been spent", async () => {
    const state = await recordProgress({ db: database.db, user: learner, report: { lessonId, paragraph: 9, visibleSeconds: 120, reachedEnd: false }, now: at(140) });
    expect(state).toMatchObject({ status: "completed", completionSource: "evidence" });
  });

  it("records a completion by hand as manual", async () => {
    const other = (await database.db.select({ id: lessons.id }).from(lessons).where(eq(lessons.slug, "conclusion")))[0]!.id;
    await markLessonComplete({ db: database.db, user: learner, lessonId: other, now: at(0) });
    expect(await getProgress({ db: database.db, userId: learner.id, lessonId: other })).toMatchObject({ status: "completed", completionSource: "manual" });
  });

  it("refuses progress from someone not enrolled in the lesson's course", async () => {
    await expect(recordProgress({ db: database.db, user: instructor, report: { lessonId, paragraph: 1, visibleSeconds: 1, reachedEnd: false } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(markLessonComplete({ db: database.db, user: instructor, lessonId })).rejects.toBeInstanceOf(NotFoundError);
  });
});
