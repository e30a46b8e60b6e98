import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../client";
import { questionOptions, questionVersions, questions, rubricCriteria, rubricLevels } from "../schema";

/** A question version as stored: what the question engine converts and grades. */
export interface StoredQuestion {
  questionId: string;
  lessonId: string | null;
  versionId: string;
  type: (typeof questions.$inferSelect)["type"];
  stem: string;
  explanation: string;
  data: Record<string, unknown>;
  options: { key: string; position: number; text: string; fraction: number; feedback: string }[];
  rubric: { criteria: { key: string; title: string; levels: { label: string; points: number; description: string }[] }[] } | null;
}

/** The current versions of the active questions in a lesson's bank, in a stable order. */
export async function listLessonQuestions({ db, lessonId }: { db: Database; lessonId: string }): Promise<StoredQuestion[]> {
  const rows = await db
    .select({ question: questions, version: questionVersions })
    .from(questions)
    .innerJoin(questionVersions, and(eq(questionVersions.questionId, questions.id), eq(questionVersions.version, questions.currentVersion)))
    .where(and(eq(questions.lessonId, lessonId), eq(questions.status, "active")))
    .orderBy(asc(questions.externalId), asc(questions.id));
  return withDetails(db, rows);
}

export async function getStoredQuestionVersion({ db, versionId }: { db: Database; versionId: string }): Promise<StoredQuestion | undefined> {
  const rows = await db
    .select({ question: questions, version: questionVersions })
    .from(questionVersions)
    .innerJoin(questions, eq(questions.id, questionVersions.questionId))
    .where(eq(questionVersions.id, versionId))
    .limit(1);
  return (await withDetails(db, rows))[0];
}

/** Several versions at once, keyed by version id: what an attempt pins. */
export async function getStoredQuestionVersions({ db, versionIds }: { db: Database; versionIds: string[] }): Promise<Map<string, StoredQuestion>> {
  if (versionIds.length === 0) return new Map();
  const rows = await db
    .select({ question: questions, version: questionVersions })
    .from(questionVersions)
    .innerJoin(questions, eq(questions.id, questionVersions.questionId))
    .where(inArray(questionVersions.id, versionIds));
  return new Map((await withDetails(db, rows)).map((stored) => [stored.versionId, stored]));
}

async function withDetails(
  db: Database,
  rows: { question: typeof questions.$inferSelect; version: typeof questionVersions.$inferSelect }[],
): Promise<StoredQuestion[]> {
  const versionIds = rows.map((row) => row.version.id);
  if (versionIds.length === 0) return [];
  const [options, criteria] = await Promise.all([
    db.select().from(questionOptions).where(inArray(questionOptions.versionId, versionIds)).orderBy(asc(questionOptions.position)),
    db.select().from(rubricCriteria).where(inArray(rubricCriteria.versionId, versionIds)).orderBy(asc(rubricCriteria.position)),
  ]);
  const levels = criteria.length
    ? await db.select().from(rubricLevels).where(inArray(rubricLevels.criterionId, criteria.map((criterion) => criterion.id))).orderBy(asc(rubricLevels.position))
    : [];
  return rows.map(({ question, version }) => {
    const ownCriteria = criteria.filter((criterion) => criterion.versionId === version.id);
    return {
      questionId: question.id,
      lessonId: question.lessonId,
      versionId: version.id,
      type: question.type,
      stem: version.stem,
      explanation: version.explanation,
      data: version.data,
      options: options
        .filter((option) => option.versionId === version.id)
        .map((option) => ({ key: option.key, position: option.position, text: option.text, fraction: option.fraction, feedback: option.feedback })),
      rubric: ownCriteria.length
        ? {
            criteria: ownCriteria.map((criterion) => ({
              key: criterion.key,
              title: criterion.title,
              levels: levels
                .filter((level) => level.criterionId === criterion.id)
                .map((level) => ({ label: level.label, points: level.points, description: level.description })),
            })),
          }
        : null,
    };
  });
}
