import { and, asc, eq, inArray, lt, max, sql } from "drizzle-orm";
import type { Database } from "../client";
import { accommodations, attemptQuestions, attempts, questionTags, questionVersions, questions, quizGrades, quizSlots, quizzes, responses } from "../schema";

/** Data access for quiz attempts. Authorization and the rules live in server/attempts and lib/attempts. */

export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export async function getQuiz({ db, quizId }: { db: Database; quizId: string }) {
  const [quiz] = await db.select().from(quizzes).where(eq(quizzes.id, quizId)).limit(1);
  return quiz;
}

export async function listPublishedQuizzes({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select()
    .from(quizzes)
    .where(and(eq(quizzes.courseId, courseId), eq(quizzes.status, "published")))
    .orderBy(asc(quizzes.closesAt), asc(quizzes.title));
}

export async function listSlots({ db, quizId }: { db: Database; quizId: string }) {
  return db.select().from(quizSlots).where(eq(quizSlots.quizId, quizId)).orderBy(asc(quizSlots.position));
}

/** Active questions a random slot may draw: the lesson's bank or the tag's questions, within the course. */
export async function poolQuestionIds({ db, courseId, lessonId, tagId }: { db: Database; courseId: string; lessonId: string | null; tagId: string | null }) {
  const active = and(eq(questions.courseId, courseId), eq(questions.status, "active"));
  if (lessonId) {
    const rows = await db.select({ id: questions.id }).from(questions).where(and(active, eq(questions.lessonId, lessonId)));
    return rows.map((row) => row.id);
  }
  if (tagId) {
    const rows = await db
      .select({ id: questions.id })
      .from(questionTags)
      .innerJoin(questions, eq(questions.id, questionTags.questionId))
      .where(and(active, eq(questionTags.tagId, tagId)));
    return rows.map((row) => row.id);
  }
  return [];
}

/** The current version of each question, as pinned by a new attempt. */
export async function currentVersions({ db, questionIds }: { db: Database; questionIds: string[] }) {
  if (questionIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ questionId: questions.id, versionId: questionVersions.id })
    .from(questions)
    .innerJoin(questionVersions, and(eq(questionVersions.questionId, questions.id), eq(questionVersions.version, questions.currentVersion)))
    .where(inArray(questions.id, questionIds));
  return new Map(rows.map((row) => [row.questionId, row.versionId]));
}

export async function questionsSeenBy({ db, quizId, userId }: { db: Database; quizId: string; userId: string }) {
  const rows = await db
    .selectDistinct({ questionId: attemptQuestions.questionId })
    .from(attemptQuestions)
    .innerJoin(attempts, eq(attempts.id, attemptQuestions.attemptId))
    .where(and(eq(attempts.quizId, quizId), eq(attempts.userId, userId)));
  return new Set(rows.map((row) => row.questionId));
}

export async function accommodationRows({ db, courseId, userId }: { db: Database; courseId: string; userId: string }) {
  return db
    .select()
    .from(accommodations)
    .where(and(eq(accommodations.courseId, courseId), eq(accommodations.userId, userId)));
}

export async function listUserAttempts({ db, quizId, userId }: { db: Database; quizId: string; userId: string }) {
  return db
    .select()
    .from(attempts)
    .where(and(eq(attempts.quizId, quizId), eq(attempts.userId, userId), eq(attempts.preview, false)))
    .orderBy(asc(attempts.number));
}

export async function getAttempt({ db, attemptId }: { db: Database; attemptId: string }) {
  const [attempt] = await db.select().from(attempts).where(eq(attempts.id, attemptId)).limit(1);
  return attempt;
}

/** The attempt and its quiz, the attempt locked for submission: saves (which take a share lock) wait, and so does a second submission. */
export async function lockAttempt({ tx, attemptId }: { tx: Tx; attemptId: string }) {
  const [row] = await tx
    .select({ attempt: attempts, quiz: quizzes })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .where(eq(attempts.id, attemptId))
    .for("update", { of: attempts });
  return row;
}

/** Serialises starts by the same learner at the same quiz (two tabs, a double click). */
export async function lockLearnerQuiz({ tx, quizId, userId }: { tx: Tx; quizId: string; userId: string }) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${quizId}:${userId}`}))`);
}

export async function nextAttemptNumber({ db, quizId, userId }: { db: Database; quizId: string; userId: string }) {
  const [row] = await db
    .select({ last: max(attempts.number) })
    .from(attempts)
    .where(and(eq(attempts.quizId, quizId), eq(attempts.userId, userId)));
  return (row?.last ?? 0) + 1;
}

export async function insertAttempt({
  tx,
  attempt,
  items,
}: {
  tx: Tx;
  attempt: typeof attempts.$inferInsert;
  items: Omit<typeof attemptQuestions.$inferInsert, "attemptId">[];
}) {
  const [created] = await tx.insert(attempts).values(attempt).returning();
  const placed = await tx
    .insert(attemptQuestions)
    .values(items.map((item) => ({ ...item, attemptId: created!.id })))
    .returning({ id: attemptQuestions.id });
  // One response row per question from the start: a save is then always an update guarded by its sequence number.
  await tx.insert(responses).values(placed.map((row) => ({ attemptQuestionId: row.id })));
  return created!;
}

/** The attempt's questions in display order with their saved responses. */
export async function attemptItems({ db, attemptId }: { db: Database; attemptId: string }) {
  return db
    .select({
      attemptQuestionId: attemptQuestions.id,
      position: attemptQuestions.position,
      questionId: attemptQuestions.questionId,
      questionVersionId: attemptQuestions.questionVersionId,
      maxMark: attemptQuestions.maxMark,
      displayOrder: attemptQuestions.displayOrder,
      dropped: attemptQuestions.dropped,
      type: questions.type,
      lessonId: questions.lessonId,
      response: responses,
    })
    .from(attemptQuestions)
    .innerJoin(questions, eq(questions.id, attemptQuestions.questionId))
    .innerJoin(responses, eq(responses.attemptQuestionId, attemptQuestions.id))
    .where(eq(attemptQuestions.attemptId, attemptId))
    .orderBy(asc(attemptQuestions.position));
}

/** What a save needs to know, in one round trip: the attempt and the type of each of its questions. */
export async function attemptForSave({ db, attemptId }: { db: Database; attemptId: string }) {
  const rows = await db
    .select({ userId: attempts.userId, state: attempts.state, deadlineAt: attempts.deadlineAt, attemptQuestionId: attemptQuestions.id, type: questions.type })
    .from(attempts)
    .leftJoin(attemptQuestions, eq(attemptQuestions.attemptId, attempts.id))
    .leftJoin(questions, eq(questions.id, attemptQuestions.questionId))
    .where(eq(attempts.id, attemptId));
  const first = rows[0];
  if (!first) return undefined;
  const types = new Map(rows.flatMap((row) => (row.attemptQuestionId && row.type ? [[row.attemptQuestionId, row.type] as const] : [])));
  return { id: attemptId, userId: first.userId, state: first.state, deadlineAt: first.deadlineAt, types };
}

/**
 * Stores a batch of answers in one statement. Each answer is kept only if its sequence number is
 * higher than the stored one, so two saves racing for a question cannot both win; and only while
 * the attempt is open and within its deadline, checked under a share lock on the attempt row, so a
 * save either lands before submission marks the attempt or finds it submitted (submission takes
 * the row exclusively). Returns the attempt questions whose answer was stored.
 */
export async function storeAnswers({
  db,
  attemptId,
  saves,
  now,
  openUntil,
}: {
  db: Database;
  attemptId: string;
  saves: { attemptQuestionId: string; seq: number; answer: unknown; flagged: boolean }[];
  now: Date;
  /** Saves are accepted while deadline_at is after this (now minus the grace period). */
  openUntil: Date;
}): Promise<Set<string>> {
  if (saves.length === 0) return new Set();
  const values = sql.join(
    saves.map((save) => {
      const answered = save.answer !== null && save.answer !== undefined;
      return sql`(${save.attemptQuestionId}::uuid, ${save.seq}::int, ${answered ? JSON.stringify(save.answer) : null}::jsonb, ${save.flagged}::boolean, ${answered ? "saved" : "unanswered"}::response_state)`;
    }),
    sql`, `,
  );
  const result = await db.execute<{ attempt_question_id: string }>(sql`
    update responses set answer = v.answer, client_seq = v.seq, flagged = v.flagged, state = v.state, saved_at = ${now.toISOString()}::timestamptz
    from (values ${values}) as v(attempt_question_id, seq, answer, flagged, state)
    join attempt_questions on attempt_questions.id = v.attempt_question_id and attempt_questions.attempt_id = ${attemptId}::uuid
    where responses.attempt_question_id = v.attempt_question_id
      and responses.client_seq < v.seq
      and exists (
        select 1 from attempts
        where attempts.id = ${attemptId}::uuid and attempts.state = 'in_progress'
          and (attempts.deadline_at is null or attempts.deadline_at >= ${openUntil.toISOString()}::timestamptz)
        for share
      )
    returning responses.attempt_question_id`);
  const rows = Array.isArray(result) ? result : ((result as { rows?: { attempt_question_id: string }[] }).rows ?? []);
  return new Set(rows.map((row) => row.attempt_question_id));
}

/** Every response's mark, and a grade-history row for each marked one, in one statement. */
export async function recordMarks({
  tx,
  marks,
  source,
}: {
  tx: Tx;
  marks: { responseId: string; state: "unanswered" | "auto_graded" | "needs_grading"; fraction: number | null; mark: number | null }[];
  source: "auto" | "regrade";
}) {
  if (marks.length === 0) return;
  const values = sql.join(
    marks.map((mark) => sql`(${mark.responseId}::uuid, ${mark.state}::response_state, ${mark.fraction}::numeric, ${mark.mark}::numeric)`),
    sql`, `,
  );
  await tx.execute(sql`
    with marked as (
      update responses set state = v.state, fraction = v.fraction, mark = v.mark
      from (values ${values}) as v(id, state, fraction, mark)
      where responses.id = v.id
      returning responses.id, v.state, v.fraction, v.mark
    )
    insert into response_grades (response_id, source, fraction, mark)
    select id, ${source}::grade_source, fraction, mark from marked where state = 'auto_graded'`);
}

export async function finishAttempt({
  tx,
  attemptId,
  submittedAt,
  submittedBy,
  sumMarks,
  needsGrading,
}: {
  tx: Tx;
  attemptId: string;
  submittedAt: Date;
  submittedBy: "learner" | "deadline";
  sumMarks: number | null;
  needsGrading: boolean;
}) {
  await tx.update(attempts).set({ state: "submitted", submittedAt, submittedBy, sumMarks, needsGrading }).where(eq(attempts.id, attemptId));
}

export async function upsertQuizGrade({ db, quizId, userId, grade, now }: { db: Database; quizId: string; userId: string; grade: number | null; now: Date }) {
  await db
    .insert(quizGrades)
    .values({ quizId, userId, grade, updatedAt: now })
    .onConflictDoUpdate({ target: [quizGrades.quizId, quizGrades.userId], set: { grade, updatedAt: now } });
}

export async function getQuizGrade({ db, quizId, userId }: { db: Database; quizId: string; userId: string }) {
  const [row] = await db
    .select()
    .from(quizGrades)
    .where(and(eq(quizGrades.quizId, quizId), eq(quizGrades.userId, userId)))
    .limit(1);
  return row;
}

/** In-progress attempts whose deadline (plus grace) has passed: what the sweep hands in. */
export async function overdueAttemptIds({ db, before, limit }: { db: Database; before: Date; limit: number }) {
  const rows = await db
    .select({ id: attempts.id })
    .from(attempts)
    .where(and(eq(attempts.state, "in_progress"), lt(attempts.deadlineAt, before)))
    .orderBy(asc(attempts.deadlineAt))
    .limit(limit);
  return rows.map((row) => row.id);
}

export async function countAttemptsByQuiz({ db, quizIds, userId }: { db: Database; quizIds: string[]; userId: string }) {
  if (quizIds.length === 0) return [];
  return db
    .select({ quizId: attempts.quizId, state: attempts.state, count: sql<number>`count(*)::int` })
    .from(attempts)
    .where(and(inArray(attempts.quizId, quizIds), eq(attempts.userId, userId), eq(attempts.preview, false)))
    .groupBy(attempts.quizId, attempts.state);
}
