import { createHash, randomUUID } from "node:crypto";
import { and, asc, count, eq, max } from "drizzle-orm";
import { countWords } from "../../lib/content/paragraphs";
import { slugOf, uniqueSlug, type DraftSection } from "../../lib/document-import/boundaries";
import type { Database } from "../client";
import { lessons, sections, sourceDocuments, units } from "../schema";
import type { Tx } from "./attempts";

/** Units made from documents instructors upload, and publishing any unit of a course. */

/** Uploaded documents' slugs start so; content/ documents are named by their folder. */
export const uploadSlugPrefix = "upload-";

/**
 * Adds the document, its sections (with their text, which we keep only for uploads), and a draft
 * unit with a lesson per section. Lesson slugs are unique in the course, because a lesson's address
 * is the course and its slug.
 */
export async function insertDraftUnit({ tx, courseId, title, author, fileName, draftSections }: { tx: Tx; courseId: string; title: string; author: string | null; fileName: string; draftSections: DraftSection[] }) {
  const paragraphCount = draftSections.reduce((sum, section) => sum + section.paragraphs.length, 0);
  const [document] = await tx
    .insert(sourceDocuments)
    .values({ slug: `${uploadSlugPrefix}${randomUUID()}`, title, author, kind: "analysis", sourceFile: fileName, paragraphCount })
    .returning({ id: sourceDocuments.id });
  const [{ last } = { last: null }] = await tx.select({ last: max(units.position) }).from(units).where(eq(units.courseId, courseId));
  const unitSlugs = new Set((await tx.select({ slug: units.slug }).from(units).where(eq(units.courseId, courseId))).map((row) => row.slug));
  const [unit] = await tx
    .insert(units)
    .values({ courseId, documentId: document!.id, slug: uniqueSlug(slugOf(title), unitSlugs), title, position: (last ?? 0) + 1, status: "draft" })
    .returning({ id: units.id, slug: units.slug });
  const lessonSlugs = new Set(
    (await tx.select({ slug: lessons.slug }).from(lessons).innerJoin(units, eq(units.id, lessons.unitId)).where(eq(units.courseId, courseId))).map((row) => row.slug),
  );
  let from = 1;
  for (const [index, section] of draftSections.entries()) {
    const text = section.paragraphs.join("\n\n");
    const words = countWords(text);
    const [row] = await tx
      .insert(sections)
      .values({ documentId: document!.id, slug: `s${index + 1}`, title: section.title, position: index + 1, paragraphFrom: from, paragraphTo: from + section.paragraphs.length - 1, words, text })
      .returning({ id: sections.id });
    from += section.paragraphs.length;
    const slug = uniqueSlug(slugOf(section.title), lessonSlugs);
    lessonSlugs.add(slug);
    await tx.insert(lessons).values({
      unitId: unit!.id,
      sectionId: row!.id,
      slug,
      title: section.title,
      position: index + 1,
      objectives: [],
      keyTerms: [],
      discussion: [],
      body: text,
      wordCount: words,
      contentHash: createHash("sha256").update(text).digest("hex"),
      status: "published",
    });
  }
  return unit!;
}

export async function listCourseUnits({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({ id: units.id, slug: units.slug, title: units.title, status: units.status, position: units.position, sourceFile: sourceDocuments.sourceFile, documentSlug: sourceDocuments.slug, lessons: count(lessons.id) })
    .from(units)
    .leftJoin(sourceDocuments, eq(sourceDocuments.id, units.documentId))
    .leftJoin(lessons, eq(lessons.unitId, units.id))
    .where(eq(units.courseId, courseId))
    .groupBy(units.id, sourceDocuments.sourceFile, sourceDocuments.slug)
    .orderBy(asc(units.position));
}

/** Sets a unit's status if it belongs to the course; undefined otherwise. */
export async function setUnitStatus({ db, courseId, unitId, status }: { db: Database | Tx; courseId: string; unitId: string; status: "draft" | "published" }) {
  const [row] = await db
    .update(units)
    .set({ status })
    .where(and(eq(units.id, unitId), eq(units.courseId, courseId)))
    .returning({ id: units.id, title: units.title });
  return row;
}

export async function firstLessonOfUnit({ db, unitId }: { db: Database; unitId: string }) {
  const [row] = await db.select({ slug: lessons.slug, title: lessons.title }).from(lessons).where(eq(lessons.unitId, unitId)).orderBy(asc(lessons.position)).limit(1);
  return row;
}
