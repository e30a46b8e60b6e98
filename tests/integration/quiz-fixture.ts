import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { insertQuizWithSlots } from "@/db/queries/quiz-admin";
import { courses, lessons, questions, quizzes, type Quiz } from "@/db/schema";
import { defaultReviewOptions } from "@/lib/attempts/review-visibility";

/** Quizzes for tests, written straight to the database (the instructor's form is tested on its own). */

export async function demoCourseId(db: Database): Promise<string> {
  const [course] = await db.select({ id: courses.id }).from(courses).limit(1);
  return course!.id;
}

export async function lessonIdBySlug(db: Database, slug: string): Promise<string> {
  const [lesson] = await db.select({ id: lessons.id }).from(lessons).where(eq(lessons.slug, slug));
  return lesson!.id;
}

/** The active questions of a lesson, optionally of one type, in a stable order. */
export async function lessonQuestionIds(db: Database, lessonSlug: string, type?: (typeof questions.$inferSelect)["type"]): Promise<string[]> {
  const lessonId = await lessonIdBySlug(db, lessonSlug);
  const rows = await db
    .select({ id: questions.id })
    .from(questions)
    .where(and(eq(questions.lessonId, lessonId), eq(questions.status, "active"), type ? eq(questions.type, type) : undefined))
    .orderBy(asc(questions.externalId));
  return rows.map((row) => row.id);
}

export type SlotSpec = { questionId: string; marks?: number } | { randomLessonSlug: string; marks?: number } | { randomTagId: string; marks?: number };

export async function createTestQuiz(
  db: Database,
  { slots, ...settings }: { slots: SlotSpec[] } & Partial<Omit<typeof quizzes.$inferInsert, "courseId">>,
): Promise<Quiz> {
  const courseId = await demoCourseId(db);
  const id = await insertQuizWithSlots({
    db,
    quiz: { title: "Test quiz", status: "published", reviewOptions: defaultReviewOptions, shuffleOptions: true, ...settings, courseId },
    slots: await Promise.all(
      slots.map(async (slot) =>
        "questionId" in slot
          ? { kind: "fixed" as const, questionId: slot.questionId, marks: slot.marks }
          : "randomTagId" in slot
            ? { kind: "random" as const, randomTagId: slot.randomTagId, marks: slot.marks }
            : { kind: "random" as const, randomLessonId: await lessonIdBySlug(db, slot.randomLessonSlug), marks: slot.marks },
      ),
    ),
  });
  const [quiz] = await db.select().from(quizzes).where(eq(quizzes.id, id));
  return quiz!;
}
