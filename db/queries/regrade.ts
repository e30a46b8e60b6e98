import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { attemptQuestions, attempts, questionOptions, questionVersions, questions, quizSlots, rubricCriteria, rubricLevels, responses, users } from "../schema";
import type { Tx } from "./attempts";

/**
 * Data access for regrading and dropping questions. Authorization lives in server/regrade, which
 * checks that the quiz belongs to the instructor's course and the question to the quiz's course.
 */

/** Each question the quiz's attempts hold (and each fixed slot's, answered or not), with how many attempts hold an older version. */
export async function listQuestionsInQuiz({ db, quizId }: { db: Database; quizId: string }) {
  const used = await db
    .select({
      questionId: attemptQuestions.questionId,
      firstPosition: sql<number>`min(${attemptQuestions.position})`.mapWith(Number),
      attempts: sql<number>`count(*)`.mapWith(Number),
      outdated: sql<number>`count(*) filter (where ${questionVersions.version} <> ${questions.currentVersion})`.mapWith(Number),
      droppedAs: sql<string | null>`max(${attemptQuestions.dropped})`,
    })
    .from(attemptQuestions)
    .innerJoin(attempts, eq(attempts.id, attemptQuestions.attemptId))
    .innerJoin(questions, eq(questions.id, attemptQuestions.questionId))
    .innerJoin(questionVersions, eq(questionVersions.id, attemptQuestions.questionVersionId))
    .where(eq(attempts.quizId, quizId))
    .groupBy(attemptQuestions.questionId);
  const fixed = await db
    .select({ questionId: quizSlots.questionId, position: quizSlots.position })
    .from(quizSlots)
    .where(and(eq(quizSlots.quizId, quizId), eq(quizSlots.kind, "fixed")));
  const ids = [...new Set([...used.map((row) => row.questionId), ...fixed.flatMap((slot) => (slot.questionId ? [slot.questionId] : []))])];
  const current = ids.length
    ? await db
        .select({ questionId: questions.id, type: questions.type, currentVersion: questions.currentVersion, stem: questionVersions.stem })
        .from(questions)
        .innerJoin(questionVersions, and(eq(questionVersions.questionId, questions.id), eq(questionVersions.version, questions.currentVersion)))
        .where(inArray(questions.id, ids))
    : [];
  return { used, fixed, current };
}

export async function getQuestionWithVersions({ db, questionId }: { db: Database; questionId: string }) {
  const [question] = await db.select().from(questions).where(eq(questions.id, questionId)).limit(1);
  if (!question) return undefined;
  const versions = await db
    .select({ id: questionVersions.id, version: questionVersions.version, createdAt: questionVersions.createdAt, createdByName: users.name })
    .from(questionVersions)
    .leftJoin(users, eq(users.id, questionVersions.createdBy))
    .where(eq(questionVersions.questionId, questionId))
    .orderBy(asc(questionVersions.version));
  return { question, versions };
}

/** The attempts at a quiz that hold a question, each with all its questions and answers (its total depends on all of them). */
export async function listAttemptsHoldingQuestion({ db, quizId, questionId }: { db: Database; quizId: string; questionId: string }) {
  const holding = db
    .select({ id: attemptQuestions.attemptId })
    .from(attemptQuestions)
    .innerJoin(attempts, eq(attempts.id, attemptQuestions.attemptId))
    .where(and(eq(attempts.quizId, quizId), eq(attemptQuestions.questionId, questionId)));
  return db
    .select({
      attemptId: attempts.id,
      attemptState: attempts.state,
      attemptNumber: attempts.number,
      preview: attempts.preview,
      startedAt: attempts.startedAt,
      learnerName: users.name,
      attemptQuestionId: attemptQuestions.id,
      questionId: attemptQuestions.questionId,
      questionVersionId: attemptQuestions.questionVersionId,
      maxMark: attemptQuestions.maxMark,
      displayOrder: attemptQuestions.displayOrder,
      dropped: attemptQuestions.dropped,
      responseId: responses.id,
      answer: responses.answer,
      state: responses.state,
      fraction: responses.fraction,
      mark: responses.mark,
    })
    .from(attempts)
    .innerJoin(users, eq(users.id, attempts.userId))
    .innerJoin(attemptQuestions, eq(attemptQuestions.attemptId, attempts.id))
    .innerJoin(responses, eq(responses.attemptQuestionId, attemptQuestions.id))
    .where(inArray(attempts.id, holding))
    .orderBy(asc(attempts.startedAt), asc(attempts.id), asc(attemptQuestions.position));
}

/**
 * Adds the next version of a question: the given version's wording, options and rubric with the
 * corrected data and option fractions. The question row is locked first, so two corrections at once
 * never both build on the same version: the second gets undefined.
 */
export async function insertCorrectedVersion({
  tx,
  questionId,
  fromVersionId,
  data,
  fractions,
  contentHash,
  createdBy,
}: {
  tx: Tx;
  questionId: string;
  fromVersionId: string;
  data: Record<string, unknown>;
  fractions: Record<string, number> | undefined;
  contentHash: string;
  createdBy: string;
}) {
  const [question] = await tx.select().from(questions).where(eq(questions.id, questionId)).for("update");
  const [from] = await tx.select().from(questionVersions).where(eq(questionVersions.id, fromVersionId));
  if (!question || !from) throw new Error(`question ${questionId} or version ${fromVersionId} was not found`);
  // Someone saved another correction since this one was read: the caller asks the instructor to look again.
  if (question.currentVersion !== from.version) return undefined;
  const version = question.currentVersion + 1;
  const { stem, explanation, difficulty, level, sourceParagraphs } = from;
  const [created] = await tx
    .insert(questionVersions)
    .values({ questionId, version, stem, explanation, difficulty, level, sourceParagraphs, data, contentHash, createdBy })
    .returning({ id: questionVersions.id, version: questionVersions.version });
  const versionId = created!.id;
  const options = await tx.select().from(questionOptions).where(eq(questionOptions.versionId, fromVersionId));
  if (options.length) {
    await tx
      .insert(questionOptions)
      .values(options.map((option) => ({ versionId, key: option.key, position: option.position, text: option.text, feedback: option.feedback, fraction: fractions?.[option.key] ?? option.fraction })));
  }
  const criteria = await tx.select().from(rubricCriteria).where(eq(rubricCriteria.versionId, fromVersionId));
  for (const criterion of criteria) {
    const [copy] = await tx.insert(rubricCriteria).values({ versionId, key: criterion.key, title: criterion.title, position: criterion.position }).returning({ id: rubricCriteria.id });
    const levels = await tx.select().from(rubricLevels).where(eq(rubricLevels.criterionId, criterion.id));
    if (levels.length) {
      await tx.insert(rubricLevels).values(levels.map((level) => ({ criterionId: copy!.id, label: level.label, points: level.points, description: level.description, position: level.position })));
    }
  }
  await tx.update(questions).set({ currentVersion: version }).where(eq(questions.id, questionId));
  return created!;
}

/** Moves one placed question to another version; undefined when it is there already (someone else regraded it). */
export async function moveToVersion({ tx, attemptQuestionId, versionId }: { tx: Tx; attemptQuestionId: string; versionId: string }) {
  const [row] = await tx
    .update(attemptQuestions)
    .set({ questionVersionId: versionId })
    .where(and(eq(attemptQuestions.id, attemptQuestionId), sql`${attemptQuestions.questionVersionId} <> ${versionId}`))
    .returning({ id: attemptQuestions.id });
  return row;
}

export async function setRegradedMark({ tx, responseId, state, fraction, mark }: { tx: Tx; responseId: string; state: "unanswered" | "auto_graded" | "needs_grading"; fraction: number | null; mark: number | null }) {
  await tx
    .update(responses)
    .set({ state, fraction, mark, gradeVersion: sql`${responses.gradeVersion} + 1` })
    .where(eq(responses.id, responseId));
}

export async function setDropped({ tx, attemptQuestionId, dropped }: { tx: Tx; attemptQuestionId: string; dropped: "full_marks" | "removed" | null }) {
  await tx.update(attemptQuestions).set({ dropped }).where(eq(attemptQuestions.id, attemptQuestionId));
}

/** The placed question's current state, read under the attempt's lock. */
export async function getPlacedQuestion({ tx, attemptId, questionId }: { tx: Tx; attemptId: string; questionId: string }) {
  const [row] = await tx
    .select({ attemptQuestion: attemptQuestions, response: responses })
    .from(attemptQuestions)
    .innerJoin(responses, eq(responses.attemptQuestionId, attemptQuestions.id))
    .where(and(eq(attemptQuestions.attemptId, attemptId), eq(attemptQuestions.questionId, questionId)))
    .limit(1);
  return row;
}
