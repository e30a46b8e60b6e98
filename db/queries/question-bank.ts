import { and, eq, inArray } from "drizzle-orm";
import type { StoredForm } from "../../lib/interchange/stored-form";
import type { CognitiveLevel } from "../../lib/content/schema";
import type { Database } from "../client";
import { importDrafts, questionOptions, questionTags, questionVersions, questions, rubricCriteria, rubricLevels, tags } from "../schema";
import type { Tx } from "./attempts";

/** Writing questions into a course's bank (imports, the editor) and the drafts an import is previewed from. */

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

export async function insertImportDraft({ db, draft }: { db: Database; draft: typeof importDrafts.$inferInsert }) {
  const [row] = await db.insert(importDrafts).values(draft).returning({ id: importDrafts.id });
  return row!.id;
}

/** A draft, only for the instructor who uploaded it, in the course it was uploaded to. */
export async function getImportDraft({ db, draftId, courseId, userId }: { db: Database | Tx; draftId: string; courseId: string; userId: string }) {
  const [row] = await db
    .select()
    .from(importDrafts)
    .where(and(eq(importDrafts.id, draftId), eq(importDrafts.courseId, courseId), eq(importDrafts.createdBy, userId)))
    .limit(1);
  return row;
}

/** Removes the draft; undefined when it is already gone (confirmed twice, or by another tab). */
export async function deleteImportDraft({ tx, draftId }: { tx: Tx; draftId: string }) {
  const [row] = await tx.delete(importDrafts).where(eq(importDrafts.id, draftId)).returning({ id: importDrafts.id });
  return row;
}
