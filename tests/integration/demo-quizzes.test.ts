import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoQuizTitles, seedDemoQuizzes } from "@/db/demo-quizzes";
import { demoCourse, seedDemo } from "@/db/seed";
import { syncContent } from "@/db/sync-content";
import { questions, quizSlots, quizzes } from "@/db/schema";
import { loadContent } from "@/lib/content/load";
import { openFreshDatabase } from "./fresh-database";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
beforeAll(async () => {
  database = await openFreshDatabase();
  await seedDemo({ db: database.db, password: "demo-quiz-test-1" });
  await syncContent({ db: database.db, documents: loadContent(path.resolve("content")), courseSlug: demoCourse.slug });
});
afterAll(() => database?.close());

describe("demo quizzes", () => {
  it("adds a quiz with one question of every type and a random unit review, once", async () => {
    expect(await seedDemoQuizzes({ db: database.db, courseSlug: demoCourse.slug })).toEqual([demoQuizTitles.everyType, demoQuizTitles.unitReview]);
    expect(await seedDemoQuizzes({ db: database.db, courseSlug: demoCourse.slug })).toEqual([]);
    const [everyType] = await database.db.select().from(quizzes).where(eq(quizzes.title, demoQuizTitles.everyType));
    const types = await database.db
      .select({ type: questions.type })
      .from(quizSlots)
      .innerJoin(questions, eq(questions.id, quizSlots.questionId))
      .where(eq(quizSlots.quizId, everyType!.id));
    expect(new Set(types.map((row) => row.type)).size).toBe(8);
    const [review] = await database.db.select().from(quizzes).where(eq(quizzes.title, demoQuizTitles.unitReview));
    const slots = await database.db.select().from(quizSlots).where(eq(quizSlots.quizId, review!.id));
    expect(slots.every((slot) => slot.kind === "random" && slot.randomLessonId !== null)).toBe(true);
  });
});
