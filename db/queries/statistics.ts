import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { attemptQuestions, attempts, questionVersions, quizSlots } from "../schema";

/** Data access for quiz statistics. Who may read them is decided in server/statistics. */

export async function listStatisticsSlots({ db, quizId }: { db: Database; quizId: string }) {
  return db
    .select({ position: quizSlots.position, kind: quizSlots.kind, questionId: quizSlots.questionId, marks: quizSlots.marks })
    .from(quizSlots)
    .where(eq(quizSlots.quizId, quizId))
    .orderBy(asc(quizSlots.position));
}

/**
 * The question version at each position of the quiz's latest submitted attempt. The attempt read
 * below names an attempt's versions only where they differ from these: nearly every attempt of a
 * fixed slot pins the same version (the latest one, once a regrade has moved them), and a version
 * id per question was most of the bytes (18 of 26 MB for 10,000 attempts of 50 questions).
 */
export async function listReferenceVersions({ db, quizId }: { db: Database; quizId: string }): Promise<{ position: number; versionId: string }[]> {
  const latest = db
    .select({ id: attempts.id })
    .from(attempts)
    .where(and(eq(attempts.quizId, quizId), eq(attempts.state, "submitted"), eq(attempts.preview, false)))
    .orderBy(desc(attempts.submittedAt), desc(attempts.id))
    .limit(1);
  return db.select({ position: attemptQuestions.position, versionId: attemptQuestions.questionVersionId }).from(attemptQuestions).where(inArray(attemptQuestions.attemptId, latest));
}

/**
 * One submitted attempt, its questions packed into one text: a row and a string per attempt are
 * far cheaper to build, send and read than 50 rows or JSON. `cells` holds one cell per question,
 * separated by U+001F: `position[@versionId][!how=maxMark]:mark:answer`, where
 * - `@versionId` is there only when the question's version differs from the reference's;
 * - `!how=maxMark` only when an instructor dropped the question ("full_marks" or "removed");
 * - the mark is empty while awaiting grading;
 * - the answer is the choice key of a single choice, "true"/"false" for true/false, the answer's
 *   JSON otherwise, empty when unanswered (U+001F in a choice key, which no option has, comes as
 *   U+001E so that it cannot split a cell).
 * Positions travel with the cells because rows are grouped by hashing, in no particular order.
 */
export type AttemptCellsRow = {
  user_id: string;
  number: number;
  needs_grading: boolean;
  preview: boolean;
  cells: string;
};

export const cellSeparator = "\u001f";

/**
 * Every submitted attempt of a quiz by a learner still on the course's roster (a removed learner is
 * hidden from the course, records kept), with its marks and answers, by learner and attempt number. The
 * marks are the responses' own, so that totals can be summed exactly rather than read back from
 * the rounded `sum_marks`.
 *
 * The questions are grouped by attempt in a hash table rather than sorted first (the sort of every
 * answered question was a third of the read), with a single aggregate; the cells are built in a
 * subquery kept apart from the grouping (`offset 0`) so that, when PostgreSQL reads in parallel,
 * the workers build them rather than the leader alone. `concat` leaves out its null arguments,
 * which is what makes the optional parts of a cell cost nothing when absent.
 */
export async function listSubmittedAttemptCells({ db, quizId, reference }: { db: Database; quizId: string; reference: readonly { position: number; versionId: string }[] }): Promise<AttemptCellsRow[]> {
  const query = sql`
    select a.user_id, a.number, a.needs_grading, a.preview, g.cells
    from (
      select t.attempt_id, string_agg(t.cell, chr(31)) as cells
      from (
        select aq.attempt_id,
          concat(aq.position, '@' || nullif(aq.question_version_id, (${versionsByPosition(reference)}::uuid[])[aq.position]), '!' || aq.dropped || '=' || aq.max_mark, ':', r.mark, ':',
            replace(coalesce(r.answer->>'choice', r.answer->>'value', r.answer::text), chr(31), chr(30))) as cell
        from attempt_questions aq
        left join responses r on r.attempt_question_id = aq.id
        where aq.attempt_id in (
          select id from attempts where quiz_id = ${quizId}::uuid and state = 'submitted'
            and user_id in (select e.user_id from enrollments e join quizzes q on q.course_id = e.course_id where q.id = ${quizId}::uuid and e.status = 'active'))
        offset 0
      ) t
      group by t.attempt_id
    ) g
    join attempts a on a.id = g.attempt_id
    order by a.user_id, a.number`;
  const result = await db.transaction(async (tx) => {
    // For this transaction only (one round trip): the planner budgets 8 kB for each attempt's
    // string (they take about 1 kB), and with less work_mem would sort every question by attempt
    // rather than hash; it prices passing a row from a parallel worker as if rows were wide, and
    // would build every cell in one process; JIT compilation costs more than it saves on a query
    // run once per page view.
    await tx.execute(sql`select set_config('work_mem', '256MB', true), set_config('parallel_tuple_cost', '0.01', true), set_config('jit', 'off', true)`);
    return tx.execute<AttemptCellsRow>(query);
  });
  return Array.isArray(result) ? (result as AttemptCellsRow[]) : ((result as { rows?: AttemptCellsRow[] }).rows ?? []);
}

/**
 * The reference versions as a PostgreSQL array literal indexed by position (null where a position
 * has none), so that each question's version is compared by subscript rather than by a join.
 */
function versionsByPosition(reference: readonly { position: number; versionId: string }[]): string {
  if (reference.length === 0) return "{}";
  const positions = reference.map((entry) => entry.position);
  const first = Math.min(...positions);
  const last = Math.max(...positions);
  const versions = Array.from({ length: last - first + 1 }, (): string => "NULL");
  for (const { position, versionId } of reference) versions[position - first] = versionId;
  return `[${first}:${last}]={${versions.join(",")}}`;
}

/** Which question each version belongs to. */
export async function mapVersionsToQuestions({ db, versionIds }: { db: Database; versionIds: string[] }): Promise<Map<string, string>> {
  if (versionIds.length === 0) return new Map();
  const rows = await db.select({ id: questionVersions.id, questionId: questionVersions.questionId }).from(questionVersions).where(inArray(questionVersions.id, versionIds));
  return new Map(rows.map((row) => [row.id, row.questionId]));
}
