import postgres from "postgres";
import type { Database } from "../../db/client";
import { insertQuizWithSlots } from "../../db/queries/quiz-admin";
import { courses, questionOptions, questionVersions, questions } from "../../db/schema";
import { defaultReviewOptions } from "../../lib/attempts/review-visibility";
import { fromStoredVersion } from "../../lib/questions";

/**
 * The item-analysis benchmark's data: a course, `questions` questions (every fourth true/false, the
 * rest four-option multiple choice), a quiz with one slot each, and `attempts` submitted attempts
 * (a fifth of the learners try twice) generated inside PostgreSQL with generate_series, so that
 * 10,000 attempts × 50 questions take seconds. Right or wrong follows a simple item-response model
 * (each attempt an ability, each question a difficulty) so the statistics look like a real class's;
 * one question in ten is answered at random, to give flags something to find.
 */

export type GeneratedQuiz = { quizId: string; attempts: number; questions: number; rows: number };

export async function generateItemAnalysisData(db: Database, url: string, { attempts, questionCount }: { attempts: number; questionCount: number }): Promise<GeneratedQuiz> {
  const [course] = await db.insert(courses).values({ slug: "bench-item-analysis", title: "Item analysis benchmark", joinCode: "BENCHIA1" }).returning({ id: courses.id });
  const slots: { questionId: string; key: string | null; wrong: string[]; trueFalse: boolean; answer: boolean; difficulty: number; random: boolean }[] = [];
  for (let j = 0; j < questionCount; j++) {
    const trueFalse = j % 4 === 3;
    const [question] = await db.insert(questions).values({ courseId: course!.id, type: trueFalse ? "true_false" : "single_choice", externalId: `bench-${j + 1}` }).returning({ id: questions.id });
    const stem = `Benchmark question ${j + 1}: which statement about case ${j + 1} holds?`;
    const data = trueFalse ? { answer: j % 8 === 3, feedbackTrue: "", feedbackFalse: "" } : {};
    const [version] = await db
      .insert(questionVersions)
      .values({ questionId: question!.id, version: 1, stem, explanation: "", difficulty: 2, level: "understand", data, sourceParagraphs: [], contentHash: `bench-${j}` })
      .returning({ id: questionVersions.id });
    const options = trueFalse ? [] : ["A", "B", "C", "D"].map((letter, position) => ({ key: letter.toLowerCase(), position, text: `Option ${letter} of question ${j + 1}`, fraction: position === 0 ? 1 : 0, feedback: "" }));
    if (options.length) await db.insert(questionOptions).values(options.map((option) => ({ ...option, versionId: version!.id })));
    const engine = fromStoredVersion({ type: trueFalse ? "true_false" : "single_choice", stem, explanation: "", data, options });
    const right = engine.type === "single_choice" ? engine.options.find((option) => option.fraction === 1)!.key : null;
    const wrong = engine.type === "single_choice" ? engine.options.filter((option) => option.fraction !== 1).map((option) => option.key) : [];
    slots.push({ questionId: question!.id, key: right, wrong, trueFalse, answer: engine.type === "true_false" && engine.answer, difficulty: -2 + (4 * j) / Math.max(1, questionCount - 1), random: j % 10 === 9 });
  }
  const quizId = await insertQuizWithSlots({
    db,
    quiz: { courseId: course!.id, title: "Item analysis benchmark", status: "published", reviewOptions: defaultReviewOptions, gradingMethod: "highest" },
    slots: slots.map((slot) => ({ kind: "fixed" as const, questionId: slot.questionId, marks: 1 })),
  });

  // One connection, so the scratch tables below are visible to every statement.
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const learners = Math.ceil(attempts / 1.25);
    await sql`create temp table bench_slots (position int, question_id uuid, right_key text, wrong_keys text[], true_false boolean, answer boolean, difficulty float8, guess boolean)`;
    for (const [j, slot] of slots.entries()) {
      await sql`insert into bench_slots values (${j + 1}, ${slot.questionId}, ${slot.key}, ${slot.wrong}, ${slot.trueFalse}, ${slot.answer}, ${slot.difficulty}, ${slot.random})`;
    }
    await sql`insert into users (email, name) select 'bench-' || i || '@rampart.test', 'Bench learner ' || i from generate_series(1, ${learners}) i`;
    // Statistics count the learners on the roster, as a course's would be.
    await sql`insert into enrollments (course_id, user_id) select ${course!.id}, id from users where email like 'bench-%'`;
    await sql`
      create temp table bench_attempts as
      select gen_random_uuid() as id, u.id as user_id, n.number, (random() + random() + random() - 1.5) * 2.5 as ability
      from (select id, row_number() over (order by email) as k from users where email like 'bench-%') u
      cross join lateral (select 1 as number union all select 2 where u.k <= ${attempts - learners}) n`;
    await sql`
      insert into attempts (id, quiz_id, user_id, number, state, started_at, submitted_at, submitted_by, max_marks)
      select id, ${quizId}, user_id, number, 'submitted', now() - interval '1 hour', now(), 'learner', ${questionCount} from bench_attempts`;
    await sql`
      create temp table bench_items as
      select gen_random_uuid() as id, a.id as attempt_id, s.*, qs.id as slot_id, v.id as version_id,
        case when random() < 0.03 then null
             when s.guess then random() < 0.5
             else random() < 1 / (1 + exp(s.difficulty - a.ability)) end as correct
      from bench_attempts a cross join bench_slots s
      join quiz_slots qs on qs.quiz_id = ${quizId} and qs.position = s.position
      join question_versions v on v.question_id = s.question_id`;
    await sql`
      insert into attempt_questions (id, attempt_id, slot_id, position, question_id, question_version_id, max_mark)
      select id, attempt_id, slot_id, position, question_id, version_id, 1 from bench_items`;
    await sql`
      insert into responses (attempt_question_id, answer, client_seq, state, fraction, mark)
      select id,
        case when correct is null then null
             when true_false then jsonb_build_object('value', case when correct then answer else not answer end)
             else jsonb_build_object('choice', case when correct then right_key else wrong_keys[1 + floor(random() * 3)::int] end) end,
        case when correct is null then 0 else 1 end,
        (case when correct is null then 'unanswered' else 'auto_graded' end)::response_state,
        case when correct then 1 else 0 end, case when correct then 1 else 0 end
      from bench_items`;
    await sql`
      update attempts a set sum_marks = t.total
      from (select attempt_id, count(*) filter (where correct) as total from bench_items group by attempt_id) t
      where a.id = t.attempt_id`;
    const [counted] = await sql<{ rows: number }[]>`select count(*)::int as rows from bench_items`;
    // Settled, as a quiz's tables are once autovacuum has passed after the attempts were submitted:
    // without it the timed runs would also be setting hint bits on 500,000 freshly written rows.
    await sql`vacuum (analyze)`;
    return { quizId, attempts, questions: questionCount, rows: counted?.rows ?? 0 };
  } finally {
    await sql.end();
  }
}
