import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { questionVersions, quizSlots } from "../schema";

/** Data access for quiz statistics. Who may read them is decided in server/statistics. */

export async function listStatisticsSlots({ db, quizId }: { db: Database; quizId: string }) {
  return db
    .select({ position: quizSlots.position, kind: quizSlots.kind, questionId: quizSlots.questionId, marks: quizSlots.marks })
    .from(quizSlots)
    .where(eq(quizSlots.quizId, quizId))
    .orderBy(asc(quizSlots.position));
}

/**
 * One submitted attempt with its questions in slot order, as parallel lists packed into text (one
 * row per attempt, a few strings each: far cheaper to build, send and read than 50 rows or JSON
 * arrays): `positions`, `marks` (empty while awaiting grading) and `version_ids` are
 * comma-separated; `answers` are separated by the unit separator (U+001F) and hold the choice key
 * of a single choice, "true"/"false" for true/false, the answer's JSON otherwise, empty when
 * unanswered. `dropped` and `max_marks` are null unless an instructor dropped a question.
 */
export type AttemptMarksRow = {
  id: string;
  user_id: string;
  number: number;
  needs_grading: boolean;
  preview: boolean;
  positions: string;
  marks: string;
  version_ids: string;
  answers: string | null;
  max_marks: string | null;
  dropped: string | null;
};

export const answerSeparator = "\u001f";

/**
 * Every submitted attempt of a quiz with its marks and answers. The marks are the responses' own,
 * so that totals can be summed exactly rather than read back from the rounded `sum_marks`. The
 * inner query's order carries into the aggregates (a sorted subquery, as PostgreSQL's manual
 * suggests), which costs one sort instead of one per aggregate.
 */
export async function listSubmittedAttemptMarks({ db, quizId, withAnswers = true }: { db: Database; quizId: string; withAnswers?: boolean }): Promise<AttemptMarksRow[]> {
  const answers = withAnswers ? sql`string_agg(coalesce(t.answer->>'choice', t.answer->>'value', t.answer::text, ''), chr(31))` : sql`null::text`;
  const query = sql`
    select a.id, a.user_id, a.number, a.needs_grading, a.preview, g.positions, g.marks, g.version_ids, g.answers, g.max_marks, g.dropped
    from (
      select t.attempt_id,
        string_agg(t.position::text, ',') as positions,
        string_agg(coalesce(t.mark::text, ''), ',') as marks,
        string_agg(t.question_version_id::text, ',') as version_ids,
        ${answers} as answers,
        case when bool_or(t.dropped is not null) then string_agg(t.max_mark::text, ',') end as max_marks,
        case when bool_or(t.dropped is not null) then string_agg(coalesce(t.dropped, ''), ',') end as dropped
      from (
        select aq.attempt_id, aq.position, r.mark, aq.question_version_id, r.answer, aq.max_mark, aq.dropped
        from attempt_questions aq
        left join responses r on r.attempt_question_id = aq.id
        where aq.attempt_id in (select id from attempts where quiz_id = ${quizId}::uuid and state = 'submitted')
        order by aq.attempt_id, aq.position
      ) t
      group by t.attempt_id
    ) g
    join attempts a on a.id = g.attempt_id
    order by a.user_id, a.number`;
  // One sort of every answered question: give it the memory to stay off disk, and skip JIT
  // compilation, which costs more than it saves on a query run once per page view.
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '64MB'`);
    await tx.execute(sql`set local jit = off`);
    return tx.execute<AttemptMarksRow>(query);
  });
  return Array.isArray(result) ? (result as AttemptMarksRow[]) : ((result as { rows?: AttemptMarksRow[] }).rows ?? []);
}

/** Which question each version belongs to. */
export async function mapVersionsToQuestions({ db, versionIds }: { db: Database; versionIds: string[] }): Promise<Map<string, string>> {
  if (versionIds.length === 0) return new Map();
  const rows = await db.select({ id: questionVersions.id, questionId: questionVersions.questionId }).from(questionVersions).where(inArray(questionVersions.id, versionIds));
  return new Map(rows.map((row) => [row.id, row.questionId]));
}
