import { and, asc, count, eq } from "drizzle-orm";
import type { Database } from "../client";
import { lessons, questions, sections, sourceDocuments, units } from "../schema";

export async function listCourseOutline({ db, courseId }: { db: Database; courseId: string }) {
  const rows = await db
    .select({
      unitId: units.id,
      unitSlug: units.slug,
      unitTitle: units.title,
      author: sourceDocuments.author,
      kind: sourceDocuments.kind,
      lessonId: lessons.id,
      lessonSlug: lessons.slug,
      lessonTitle: lessons.title,
      wordCount: lessons.wordCount,
    })
    .from(units)
    .leftJoin(sourceDocuments, eq(sourceDocuments.id, units.documentId))
    .leftJoin(lessons, and(eq(lessons.unitId, units.id), eq(lessons.status, "published")))
    .where(and(eq(units.courseId, courseId), eq(units.status, "published")))
    .orderBy(asc(units.position), asc(lessons.position));
  const outline: { id: string; slug: string; title: string; author: string | null; kind: string | null; lessons: { id: string; slug: string; title: string; wordCount: number }[] }[] = [];
  for (const row of rows) {
    let unit = outline.at(-1);
    if (unit?.id !== row.unitId) {
      unit = { id: row.unitId, slug: row.unitSlug, title: row.unitTitle, author: row.author, kind: row.kind, lessons: [] };
      outline.push(unit);
    }
    if (row.lessonId && row.lessonSlug && row.lessonTitle) {
      unit.lessons.push({ id: row.lessonId, slug: row.lessonSlug, title: row.lessonTitle, wordCount: row.wordCount ?? 0 });
    }
  }
  return outline;
}

export async function getCourseLesson({ db, courseId, lessonSlug }: { db: Database; courseId: string; lessonSlug: string }) {
  const [row] = await db
    .select({ lesson: lessons, unitTitle: units.title, unitSlug: units.slug, document: sourceDocuments, section: sections })
    .from(lessons)
    .innerJoin(units, eq(units.id, lessons.unitId))
    .leftJoin(sourceDocuments, eq(sourceDocuments.id, units.documentId))
    .leftJoin(sections, eq(sections.id, lessons.sectionId))
    .where(and(eq(units.courseId, courseId), eq(lessons.slug, lessonSlug), eq(lessons.status, "published"), eq(units.status, "published")))
    .limit(1);
  return row;
}

export async function countActiveQuestionsByLesson({ db, courseId }: { db: Database; courseId: string }) {
  const rows = await db
    .select({ lessonId: questions.lessonId, questions: count() })
    .from(questions)
    .where(and(eq(questions.courseId, courseId), eq(questions.status, "active")))
    .groupBy(questions.lessonId);
  return new Map(rows.map((row) => [row.lessonId, row.questions]));
}

export async function listCourseLessonTexts({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({ slug: lessons.slug, title: lessons.title, body: lessons.body, keyTerms: lessons.keyTerms })
    .from(lessons)
    .innerJoin(units, eq(units.id, lessons.unitId))
    .where(and(eq(units.courseId, courseId), eq(units.status, "published"), eq(lessons.status, "published")))
    .orderBy(asc(units.position), asc(lessons.position));
}
