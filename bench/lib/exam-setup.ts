import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { attemptQuestions, attempts, courses, enrollments, questionOptions, questions, quizSlots, quizzes, users, type ReviewOptions } from "../../db/schema";
import { hashPassword } from "../../lib/auth/password";
import type { AnswerableType } from "./exam-answers";

export type BenchStudent = { email: string; userId: string };
export type ExamSetup = { runId: string; quizId: string; courseId: string; password: string; students: BenchStudent[]; warmUp: BenchStudent };
/** One question as placed in one attempt, with what the load generator needs to answer it. */
export type BenchQuestion = { attemptQuestionId: string; position: number; type: AnswerableType; optionKeys: string[] };

export const answerableTypes = ["single_choice", "true_false", "short_answer", "multiple_response"] as const satisfies readonly AnswerableType[];
export const quizQuestions = 20;

const hidden = { marks: false, correctness: false, feedback: false, rightAnswer: false };
const shown = { marks: true, correctness: true, feedback: true, rightAnswer: true };
const reviewOptions: ReviewOptions = { during: hidden, immediately: shown, open: shown, closed: shown };

/**
 * Creates the run's students (enrolled in the course, one cheap password hash shared by all: the
 * sign-ins are real but their cost is not what is measured), plus one warm-up student, and a
 * published, untimed quiz with unlimited attempts and 20 fixed slots of auto-graded content
 * questions, the four types taken in turn.
 */
export async function createExam(db: Database, { courseSlug, students }: { courseSlug: string; students: number }): Promise<ExamSetup> {
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  const [course] = await db.select({ id: courses.id }).from(courses).where(eq(courses.slug, courseSlug));
  if (!course) throw new Error(`no course "${courseSlug}": did the server seed the database?`);
  const pool = await db
    .select({ id: questions.id, type: questions.type })
    .from(questions)
    .where(and(eq(questions.courseId, course.id), eq(questions.status, "active"), eq(questions.origin, "content"), inArray(questions.type, [...answerableTypes])))
    .orderBy(asc(questions.externalId));
  const chosen = interleaveByType(pool).slice(0, quizQuestions);
  if (chosen.length < quizQuestions) throw new Error(`the course has only ${chosen.length} auto-graded content questions; the quiz needs ${quizQuestions}`);

  const password = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password, 10);
  return db.transaction(async (tx) => {
    const [quiz] = await tx
      .insert(quizzes)
      .values({ courseId: course.id, title: `Exam rush ${runId}`, status: "published", shuffleQuestions: false, shuffleOptions: false, reviewOptions })
      .returning({ id: quizzes.id });
    if (!quiz) throw new Error("the quiz was not created");
    await tx.insert(quizSlots).values(chosen.map((question, index) => ({ quizId: quiz.id, position: index + 1, kind: "fixed" as const, questionId: question.id, marks: 1 })));
    const emails = Array.from({ length: students + 1 }, (_, index) => `bench-${runId}-${index}@rampart.test`);
    const created = await tx
      .insert(users)
      .values(emails.map((email, index) => ({ email, name: `Bench student ${index}`, role: "student" as const, passwordHash })))
      .returning({ userId: users.id, email: users.email });
    await tx.insert(enrollments).values(created.map(({ userId }) => ({ courseId: course.id, userId })));
    const byEmail = new Map(created.map((row) => [row.email, row]));
    const [warmUp, ...rest] = emails.map((email) => byEmail.get(email)!);
    return { runId, quizId: quiz.id, courseId: course.id, password, students: rest, warmUp: warmUp! };
  });
}

/** Types in turn (a, b, c, d, a, b, …), so the quiz holds every type even when one is plentiful. */
function interleaveByType<T extends { type: string }>(pool: T[]): T[] {
  const byType = new Map<string, T[]>();
  for (const item of pool) byType.set(item.type, [...(byType.get(item.type) ?? []), item]);
  const queues = [...byType.values()];
  const result: T[] = [];
  for (let round = 0; queues.some((queue) => queue.length > round); round += 1) {
    for (const queue of queues) {
      const item = queue[round];
      if (item) result.push(item);
    }
  }
  return result;
}

/** The questions of each attempt, in position order, with their option keys; by attempt id. */
export async function loadAttemptQuestions(db: Database, attemptIds: string[]): Promise<Map<string, BenchQuestion[]>> {
  const rows = await db
    .select({ attemptId: attemptQuestions.attemptId, attemptQuestionId: attemptQuestions.id, position: attemptQuestions.position, versionId: attemptQuestions.questionVersionId, type: questions.type })
    .from(attemptQuestions)
    .innerJoin(questions, eq(questions.id, attemptQuestions.questionId))
    .where(inArray(attemptQuestions.attemptId, attemptIds))
    .orderBy(asc(attemptQuestions.attemptId), asc(attemptQuestions.position));
  const versionIds = [...new Set(rows.map((row) => row.versionId))];
  const options = versionIds.length === 0 ? [] : await db.select({ versionId: questionOptions.versionId, key: questionOptions.key }).from(questionOptions).where(inArray(questionOptions.versionId, versionIds)).orderBy(asc(questionOptions.position));
  const keysByVersion = new Map<string, string[]>();
  for (const option of options) keysByVersion.set(option.versionId, [...(keysByVersion.get(option.versionId) ?? []), option.key]);

  const byAttempt = new Map<string, BenchQuestion[]>(attemptIds.map((id) => [id, []]));
  for (const row of rows) {
    if (!(answerableTypes as readonly string[]).includes(row.type)) throw new Error(`attempt ${row.attemptId} holds a ${row.type} question, which the quiz does not have`);
    const optionKeys = keysByVersion.get(row.versionId) ?? [];
    if ((row.type === "single_choice" || row.type === "multiple_response") && optionKeys.length === 0) throw new Error(`question version ${row.versionId} has no options`);
    byAttempt.get(row.attemptId)?.push({ attemptQuestionId: row.attemptQuestionId, position: row.position, type: row.type as AnswerableType, optionKeys });
  }
  for (const [attemptId, list] of byAttempt) {
    if (list.length !== quizQuestions) throw new Error(`attempt ${attemptId} has ${list.length} questions in the database, not ${quizQuestions}`);
  }
  return byAttempt;
}

/** How many of these attempts the database records as submitted. */
export async function countSubmitted(db: Database, attemptIds: string[]): Promise<number> {
  if (attemptIds.length === 0) return 0;
  const rows = await db.select({ id: attempts.id }).from(attempts).where(and(inArray(attempts.id, attemptIds), eq(attempts.state, "submitted")));
  return rows.length;
}
