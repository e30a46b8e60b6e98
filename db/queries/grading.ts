import { and, asc, desc, eq, inArray, min, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { attemptQuestions, attempts, auditLog, enrollments, questions, quizzes, responseGrades, responses, users } from "../schema";
import type { Tx } from "./attempts";

/**
 * Data access for grading by hand. Authorization lives in server/grading: every function here that
 * finds a response also returns its quiz's course, and the service compares it with the course the
 * instructor was admitted to.
 */

/** The last time an instructor sent this response to the grading queue (audit action "review_requested"). */
const reviewRequestedAt = sql<Date | null>`(select max(${auditLog.createdAt}) from ${auditLog} where ${auditLog.entityType} = 'response' and ${auditLog.entityId} = ${responses.id}::text and ${auditLog.action} = 'review_requested')`.mapWith(auditLog.createdAt);
/** The last grade a person gave this response. */
const humanGradedAt = sql<Date | null>`(select max(${responseGrades.createdAt}) from ${responseGrades} where ${responseGrades.responseId} = ${responses.id} and ${responseGrades.source} in ('manual', 'override'))`.mapWith(responseGrades.createdAt);

export const reviewRequestAction = "review_requested";

/** The attempt's learner is still enrolled: a learner removed from the roster is hidden from the course, records kept. */
const learnerStillEnrolled = sql`exists (select 1 from ${enrollments} join ${quizzes} on ${quizzes.id} = ${attempts.quizId} where ${enrollments.userId} = ${attempts.userId} and ${enrollments.courseId} = ${quizzes.courseId} and ${enrollments.status} = 'active')`;

/**
 * Answers of submitted, real attempts by learners still on the roster that need a person: essays
 * awaiting grading or graded by hand, and any answer an instructor sent to the queue.
 */
export async function listQueueRows({ db, quizId }: { db: Database; quizId: string }) {
  return db
    .select({
      responseId: responses.id,
      state: responses.state,
      reviewRequestedAt,
      humanGradedAt,
      attemptId: attempts.id,
      attemptNumber: attempts.number,
      userId: attempts.userId,
      learnerName: users.name,
      position: attemptQuestions.position,
      questionId: attemptQuestions.questionId,
      questionVersionId: attemptQuestions.questionVersionId,
    })
    .from(responses)
    .innerJoin(attemptQuestions, eq(attemptQuestions.id, responses.attemptQuestionId))
    .innerJoin(attempts, eq(attempts.id, attemptQuestions.attemptId))
    .innerJoin(questions, eq(questions.id, attemptQuestions.questionId))
    .innerJoin(users, eq(users.id, attempts.userId))
    .where(
      and(
        eq(attempts.quizId, quizId),
        eq(attempts.state, "submitted"),
        eq(attempts.preview, false),
        learnerStillEnrolled,
        or(and(eq(questions.type, "essay"), inArray(responses.state, ["needs_grading", "manually_graded"])), sql`${reviewRequestedAt} is not null`),
        sql`${attemptQuestions.dropped} is null`,
      ),
    )
    .orderBy(asc(attempts.startedAt), asc(attemptQuestions.position));
}

/** When each learner first started the quiz: what anonymous numbers are based on. */
export async function learnerFirstStarts({ db, quizId }: { db: Database; quizId: string }) {
  const rows = await db
    .select({ userId: attempts.userId, since: min(attempts.startedAt) })
    .from(attempts)
    .where(and(eq(attempts.quizId, quizId), eq(attempts.preview, false)))
    .groupBy(attempts.userId);
  return new Map(rows.map((row) => [row.userId, row.since ?? new Date(0)]));
}

/** One response with everything a grader sees and the ids the service checks. */
export async function getResponseForGrading({ db, responseId }: { db: Database; responseId: string }) {
  const [row] = await db
    .select({
      response: responses,
      attemptQuestion: attemptQuestions,
      attempt: attempts,
      quiz: { id: quizzes.id, courseId: quizzes.courseId, title: quizzes.title, gradingMethod: quizzes.gradingMethod },
      questionType: questions.type,
      learner: { id: users.id, name: users.name },
      reviewRequestedAt,
    })
    .from(responses)
    .innerJoin(attemptQuestions, eq(attemptQuestions.id, responses.attemptQuestionId))
    .innerJoin(attempts, eq(attempts.id, attemptQuestions.attemptId))
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .innerJoin(questions, eq(questions.id, attemptQuestions.questionId))
    .innerJoin(users, eq(users.id, attempts.userId))
    .where(eq(responses.id, responseId))
    .limit(1);
  return row;
}

export async function getAttemptWithQuiz({ db, attemptId }: { db: Database; attemptId: string }) {
  const [row] = await db
    .select({ attempt: attempts, quiz: { id: quizzes.id, courseId: quizzes.courseId, title: quizzes.title }, learner: { id: users.id, name: users.name } })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .innerJoin(users, eq(users.id, attempts.userId))
    .where(eq(attempts.id, attemptId))
    .limit(1);
  return row;
}

/** Submitted, real attempts at a quiz by learners still on the roster, oldest first. */
export async function listSubmittedAttempts({ db, quizId }: { db: Database; quizId: string }) {
  return db
    .select({ attempt: attempts, learner: { id: users.id, name: users.name } })
    .from(attempts)
    .innerJoin(users, eq(users.id, attempts.userId))
    .where(and(eq(attempts.quizId, quizId), eq(attempts.state, "submitted"), eq(attempts.preview, false), learnerStillEnrolled))
    .orderBy(asc(attempts.startedAt));
}

/**
 * Writes a grade only if nobody else has since the grader loaded the response: the version they
 * saw must still be the stored one, and the write bumps it. Returns undefined for a stale save.
 */
export async function updateResponseGrade({
  tx,
  responseId,
  expectedVersion,
  fraction,
  mark,
  comment,
}: {
  tx: Tx;
  responseId: string;
  expectedVersion: number;
  fraction: number;
  mark: number;
  comment: string | null;
}) {
  const [row] = await tx
    .update(responses)
    .set({ state: "manually_graded", fraction, mark, comment, gradeVersion: sql`${responses.gradeVersion} + 1` })
    .where(and(eq(responses.id, responseId), eq(responses.gradeVersion, expectedVersion)))
    .returning();
  return row;
}

export async function insertResponseGrade({ tx, grade }: { tx: Tx; grade: typeof responseGrades.$inferInsert }) {
  await tx.insert(responseGrades).values(grade);
}

export async function insertAuditEntry({ tx, entry }: { tx: Tx; entry: typeof auditLog.$inferInsert }) {
  await tx.insert(auditLog).values(entry);
}

/** The latest grade of each response, with who gave it. */
export async function latestGrades({ db, responseIds }: { db: Database; responseIds: string[] }) {
  if (responseIds.length === 0) return new Map<string, { source: string; gradedByName: string | null; createdAt: Date; rubricSelections: Record<string, string> | null }>();
  const rows = await db
    .selectDistinctOn([responseGrades.responseId], {
      responseId: responseGrades.responseId,
      source: responseGrades.source,
      rubricSelections: responseGrades.rubricSelections,
      createdAt: responseGrades.createdAt,
      gradedByName: users.name,
    })
    .from(responseGrades)
    .leftJoin(users, eq(users.id, responseGrades.gradedBy))
    .where(inArray(responseGrades.responseId, responseIds))
    .orderBy(responseGrades.responseId, desc(responseGrades.createdAt), desc(responseGrades.id));
  return new Map(rows.map((row) => [row.responseId, row]));
}

export async function listAuditEntries({ db, entityType, entityId }: { db: Database; entityType: string; entityId: string }) {
  return db
    .select({ entry: auditLog, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
}
