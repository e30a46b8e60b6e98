import { and, asc, count, desc, eq, ilike, inArray, sql, type SQL } from "drizzle-orm";
import type { StoredForm } from "../../lib/interchange/stored-form";
import type { BankFilters } from "../../lib/question-bank/list-filters";
import { likePattern } from "../../lib/question-bank/list-filters";
import type { Database } from "../client";
import { attemptQuestions, attempts, lessons, questionOptions, questionTags, questionVersions, questions, quizSlots, quizzes, rubricCriteria, rubricLevels, tags, units, users } from "../schema";
import type { Tx } from "./attempts";

/**
 * Data access for the question bank editor. Every read and write names the course in its `where`:
 * server/question-bank has checked the instructor; these make sure the question is that course's.
 */

const currentVersion = and(eq(questionVersions.questionId, questions.id), eq(questionVersions.version, questions.currentVersion));

/** The course's questions at their current version, filtered, one page at a time, in course order. */
export async function listBankQuestions({ db, courseId, filters, onlyIds, limit, offset }: { db: Database; courseId: string; filters: BankFilters; onlyIds?: string[]; limit: number; offset: number }) {
  const conditions: (SQL | undefined)[] = [eq(questions.courseId, courseId)];
  if (filters.status !== "all") conditions.push(eq(questions.status, filters.status));
  if (filters.q) conditions.push(ilike(questionVersions.stem, likePattern(filters.q)));
  if (filters.lesson) conditions.push(eq(questions.lessonId, filters.lesson));
  if (filters.type) conditions.push(eq(questions.type, filters.type));
  if (filters.difficulty) conditions.push(eq(questionVersions.difficulty, Number(filters.difficulty)));
  if (filters.tag) {
    conditions.push(
      sql`exists (select 1 from ${questionTags} inner join ${tags} on ${tags.id} = ${questionTags.tagId} where ${questionTags.questionId} = ${questions.id} and ${tags.name} = ${filters.tag})`,
    );
  }
  if (onlyIds) conditions.push(onlyIds.length ? inArray(questions.id, onlyIds) : sql`false`);
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: questions.id,
        type: questions.type,
        status: questions.status,
        version: questions.currentVersion,
        origin: questions.origin,
        stem: questionVersions.stem,
        difficulty: questionVersions.difficulty,
        lessonTitle: lessons.title,
      })
      .from(questions)
      .innerJoin(questionVersions, currentVersion)
      .leftJoin(lessons, eq(lessons.id, questions.lessonId))
      .leftJoin(units, eq(units.id, lessons.unitId))
      .where(where)
      .orderBy(sql`${units.position} asc nulls last`, sql`${lessons.position} asc nulls last`, sql`${questions.externalId} asc nulls last`, asc(questions.createdAt), asc(questions.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(questions).innerJoin(questionVersions, currentVersion).where(where),
  ]);
  const tagRows = rows.length
    ? await db
        .select({ questionId: questionTags.questionId, name: tags.name })
        .from(questionTags)
        .innerJoin(tags, eq(tags.id, questionTags.tagId))
        .where(inArray(questionTags.questionId, rows.map((row) => row.id)))
        .orderBy(asc(tags.name))
    : [];
  return { rows: rows.map((row) => ({ ...row, tags: tagRows.filter((tag) => tag.questionId === row.id).map((tag) => tag.name) })), total: total?.n ?? 0 };
}

/** Every tag name in the course, for the tag filter (retired questions' tags too). */
export async function listCourseTagNames({ db, courseId }: { db: Database; courseId: string }) {
  const rows = await db.selectDistinct({ name: tags.name }).from(tags).innerJoin(questionTags, eq(questionTags.tagId, tags.id)).where(eq(tags.courseId, courseId)).orderBy(asc(tags.name));
  return rows.map((row) => row.name);
}

/** The question, if it is the course's, with its current version's row and its tags. */
export async function getBankQuestion({ db, courseId, questionId }: { db: Database | Tx; courseId: string; questionId: string }) {
  const [row] = await db
    .select({ question: questions, version: questionVersions })
    .from(questions)
    .innerJoin(questionVersions, currentVersion)
    .where(and(eq(questions.id, questionId), eq(questions.courseId, courseId)))
    .limit(1);
  if (!row) return undefined;
  const tagRows = await db.select({ name: tags.name }).from(questionTags).innerJoin(tags, eq(tags.id, questionTags.tagId)).where(eq(questionTags.questionId, questionId)).orderBy(asc(tags.name));
  return { ...row, tags: tagRows.map((tag) => tag.name) };
}

/** Whether the lesson is one of the course's (a form may name any id). */
export async function isCourseLesson({ db, courseId, lessonId }: { db: Database | Tx; courseId: string; lessonId: string }) {
  const [row] = await db.select({ id: lessons.id }).from(lessons).innerJoin(units, eq(units.id, lessons.unitId)).where(and(eq(lessons.id, lessonId), eq(units.courseId, courseId))).limit(1);
  return !!row;
}

/**
 * Adds the question's next version with new wording, key, options and rubric. The question row is
 * locked first, so two editors saving at once never both build on the same version: the one who
 * read an older version gets undefined.
 */
export async function insertEditedVersion({ tx, courseId, questionId, fromVersion, form, difficulty, level, contentHash, createdBy }: {
  tx: Tx;
  courseId: string;
  questionId: string;
  fromVersion: number;
  form: StoredForm;
  difficulty: number;
  level: (typeof questionVersions.$inferInsert)["level"];
  contentHash: string;
  createdBy: string;
}) {
  const [question] = await tx.select().from(questions).where(and(eq(questions.id, questionId), eq(questions.courseId, courseId))).for("update");
  if (!question || question.currentVersion !== fromVersion) return undefined;
  const [from] = await tx.select({ sourceParagraphs: questionVersions.sourceParagraphs }).from(questionVersions).where(and(eq(questionVersions.questionId, questionId), eq(questionVersions.version, fromVersion)));
  const version = fromVersion + 1;
  const [created] = await tx
    .insert(questionVersions)
    .values({ questionId, version, stem: form.stem, explanation: form.explanation, difficulty, level, data: form.data, sourceParagraphs: from?.sourceParagraphs ?? [], contentHash, createdBy })
    .returning({ id: questionVersions.id, version: questionVersions.version });
  const versionId = created!.id;
  if (form.options.length) await tx.insert(questionOptions).values(form.options.map((option) => ({ ...option, versionId })));
  for (const criterion of form.rubric?.criteria ?? []) {
    const [row] = await tx.insert(rubricCriteria).values({ versionId, key: criterion.key, title: criterion.title, position: criterion.position }).returning({ id: rubricCriteria.id });
    if (criterion.levels.length) await tx.insert(rubricLevels).values(criterion.levels.map((level) => ({ ...level, criterionId: row!.id })));
  }
  await tx.update(questions).set({ currentVersion: version }).where(eq(questions.id, questionId));
  return created!;
}

export async function setQuestionLesson({ tx, courseId, questionId, lessonId }: { tx: Tx; courseId: string; questionId: string; lessonId: string | null }) {
  await tx.update(questions).set({ lessonId }).where(and(eq(questions.id, questionId), eq(questions.courseId, courseId)));
}

/** Gives the question exactly these tags, creating the course's tags it lacks. */
export async function replaceQuestionTags({ tx, courseId, questionId, names }: { tx: Tx; courseId: string; questionId: string; names: string[] }) {
  await tx.delete(questionTags).where(eq(questionTags.questionId, questionId));
  if (names.length === 0) return;
  await tx.insert(tags).values(names.map((name) => ({ courseId, name }))).onConflictDoNothing();
  const rows = await tx.select({ id: tags.id }).from(tags).where(and(eq(tags.courseId, courseId), inArray(tags.name, names)));
  await tx.insert(questionTags).values(rows.map((row) => ({ questionId, tagId: row.id })));
}

/** Retires or restores; undefined when the question already had that status (or is not the course's). */
export async function setQuestionStatus({ tx, courseId, questionId, status }: { tx: Tx; courseId: string; questionId: string; status: "active" | "retired" }) {
  const [row] = await tx
    .update(questions)
    .set({ status })
    .where(and(eq(questions.id, questionId), eq(questions.courseId, courseId), sql`${questions.status} <> ${status}`))
    .returning({ id: questions.id });
  return row;
}

/** Every version, newest first, with who made it (nobody: the content sync or an import). */
export async function listQuestionVersions({ db, questionId }: { db: Database; questionId: string }) {
  return db
    .select({ id: questionVersions.id, version: questionVersions.version, createdAt: questionVersions.createdAt, createdByName: users.name, difficulty: questionVersions.difficulty, level: questionVersions.level })
    .from(questionVersions)
    .leftJoin(users, eq(users.id, questionVersions.createdBy))
    .where(eq(questionVersions.questionId, questionId))
    .orderBy(desc(questionVersions.version));
}

/** How many attempts (instructor previews apart) hold each version, per quiz. */
export async function countAttemptsByVersion({ db, questionId }: { db: Database; questionId: string }) {
  return db
    .select({ versionId: attemptQuestions.questionVersionId, quizId: quizzes.id, quizTitle: quizzes.title, attempts: sql<number>`count(distinct ${attempts.id})`.mapWith(Number) })
    .from(attemptQuestions)
    .innerJoin(attempts, eq(attempts.id, attemptQuestions.attemptId))
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .where(and(eq(attemptQuestions.questionId, questionId), eq(attempts.preview, false)))
    .groupBy(attemptQuestions.questionVersionId, quizzes.id)
    .orderBy(asc(quizzes.title));
}

/** The course's quizzes that have attempts, with their fixed slots: what the item analysis runs over. */
export async function listAnalysedQuizzes({ db, courseId }: { db: Database; courseId: string }) {
  const rows = await db
    .select({ id: quizzes.id, gradingMethod: quizzes.gradingMethod })
    .from(quizzes)
    .where(and(eq(quizzes.courseId, courseId), sql`exists (select 1 from ${attempts} where ${attempts.quizId} = ${quizzes.id} and ${attempts.state} = 'submitted')`))
    .orderBy(asc(quizzes.createdAt));
  const fixed = rows.length
    ? await db
        .select({ quizId: quizSlots.quizId, position: quizSlots.position, questionId: quizSlots.questionId })
        .from(quizSlots)
        .where(and(inArray(quizSlots.quizId, rows.map((row) => row.id)), eq(quizSlots.kind, "fixed")))
    : [];
  return rows.map((quiz) => ({ ...quiz, fixedSlots: new Map(fixed.filter((slot) => slot.quizId === quiz.id && slot.questionId).map((slot) => [slot.position, slot.questionId!])) }));
}
