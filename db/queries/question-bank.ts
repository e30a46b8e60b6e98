import { and, asc, eq, ilike, inArray } from "drizzle-orm";
import type { StoredForm } from "../../lib/interchange/stored-form";
import type { CognitiveLevel } from "../../lib/content/schema";
import type { Database } from "../client";
import { lessons, questionOptions, questionTags, questionVersions, questions, rubricCriteria, rubricLevels, tags, units } from "../schema";
import type { Tx } from "./attempts";

/** Writing questions into a course's bank (imports, the editor) and reading them out for export. */

export interface NewQuestion {
  form: StoredForm;
  origin: "authored" | "imported";
  difficulty: 1 | 2 | 3;
  level: CognitiveLevel;
  contentHash: string;
  tagNames: string[];
}

/** Inserts questions (version 1 each) with their options, rubric and tags, inside the caller's transaction. */
export async function insertQuestions({ tx, courseId, lessonId, createdBy, entries }: { tx: Tx; courseId: string; lessonId: string | null; createdBy: string; entries: NewQuestion[] }) {
  const tagIds = await ensureTags({ tx, courseId, names: [...new Set(entries.flatMap((entry) => entry.tagNames))] });
  const ids: string[] = [];
  for (const entry of entries) {
    const [question] = await tx.insert(questions).values({ courseId, lessonId, origin: entry.origin, type: entry.form.type, currentVersion: 1 }).returning({ id: questions.id });
    const [version] = await tx
      .insert(questionVersions)
      .values({
        questionId: question!.id,
        version: 1,
        stem: entry.form.stem,
        explanation: entry.form.explanation,
        difficulty: entry.difficulty,
        level: entry.level,
        data: entry.form.data,
        sourceParagraphs: [],
        contentHash: entry.contentHash,
        createdBy,
      })
      .returning({ id: questionVersions.id });
    const versionId = version!.id;
    if (entry.form.options.length) await tx.insert(questionOptions).values(entry.form.options.map((option) => ({ ...option, versionId })));
    for (const criterion of entry.form.rubric?.criteria ?? []) {
      const [row] = await tx.insert(rubricCriteria).values({ versionId, key: criterion.key, title: criterion.title, position: criterion.position }).returning({ id: rubricCriteria.id });
      if (criterion.levels.length) await tx.insert(rubricLevels).values(criterion.levels.map((level) => ({ ...level, criterionId: row!.id })));
    }
    const own = [...new Set(entry.tagNames)].map((name) => tagIds.get(name)!);
    if (own.length) await tx.insert(questionTags).values(own.map((tagId) => ({ questionId: question!.id, tagId })));
    ids.push(question!.id);
  }
  return ids;
}

async function ensureTags({ tx, courseId, names }: { tx: Tx; courseId: string; names: string[] }) {
  if (names.length === 0) return new Map<string, string>();
  await tx.insert(tags).values(names.map((name) => ({ courseId, name }))).onConflictDoNothing();
  const rows = await tx.select({ id: tags.id, name: tags.name }).from(tags).where(and(eq(tags.courseId, courseId), inArray(tags.name, names)));
  return new Map(rows.map((row) => [row.name, row.id]));
}

/** Every lesson of the course, drafts included, in course order: where imported questions may go. */
export async function listLessonChoices({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({ id: lessons.id, title: lessons.title, unitTitle: units.title })
    .from(lessons)
    .innerJoin(units, eq(units.id, lessons.unitId))
    .where(eq(units.courseId, courseId))
    .orderBy(asc(units.position), asc(lessons.position));
}

export interface ExportFilter {
  lessonId?: string;
  tagId?: string;
  type?: (typeof questions.$inferSelect)["type"];
  status?: "active" | "retired";
  search?: string;
  questionIds?: string[];
}

/** The current versions of a course's questions that match the filter, with lesson titles and tags, in bank order. */
export async function listQuestionsForExport({ db, courseId, filter }: { db: Database; courseId: string; filter: ExportFilter }) {
  const tagged = filter.tagId ? db.select({ id: questionTags.questionId }).from(questionTags).where(eq(questionTags.tagId, filter.tagId)) : undefined;
  const rows = await db
    .select({ questionId: questions.id, externalId: questions.externalId, versionId: questionVersions.id, lessonTitle: lessons.title })
    .from(questions)
    .innerJoin(questionVersions, and(eq(questionVersions.questionId, questions.id), eq(questionVersions.version, questions.currentVersion)))
    .leftJoin(lessons, eq(lessons.id, questions.lessonId))
    .where(
      and(
        eq(questions.courseId, courseId),
        filter.status ? eq(questions.status, filter.status) : undefined,
        filter.lessonId ? eq(questions.lessonId, filter.lessonId) : undefined,
        filter.type ? eq(questions.type, filter.type) : undefined,
        tagged ? inArray(questions.id, tagged) : undefined,
        filter.search ? ilike(questionVersions.stem, `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
        filter.questionIds ? inArray(questions.id, filter.questionIds) : undefined,
      ),
    )
    .orderBy(asc(lessons.title), asc(questions.externalId), asc(questions.createdAt), asc(questions.id));
  const tagRows = rows.length
    ? await db
        .select({ questionId: questionTags.questionId, name: tags.name })
        .from(questionTags)
        .innerJoin(tags, eq(tags.id, questionTags.tagId))
        .where(inArray(questionTags.questionId, rows.map((row) => row.questionId)))
    : [];
  return rows.map((row) => ({ ...row, tags: tagRows.filter((tag) => tag.questionId === row.questionId).map((tag) => tag.name).sort() }));
}

