import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptItems } from "@/db/queries/attempts";
import { assignInstructor, enrollLearner } from "@/db/queries/courses";
import { saveProgress } from "@/db/queries/progress";
import { getStoredQuestionVersions } from "@/db/queries/questions";
import { insertQuizWithSlots } from "@/db/queries/quiz-admin";
import { createUser, getUserByEmail } from "@/db/queries/users";
import { courses, quizGrades } from "@/db/schema";
import { demoCourse, seedDemo } from "@/db/seed";
import { syncContent } from "@/db/sync-content";
import { defaultReviewOptions } from "@/lib/attempts/review-visibility";
import { loadContent } from "@/lib/content/load";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { parseGradebookQuery } from "@/lib/gradebook/gradebook";
import { fromStoredVersion } from "@/lib/questions";
import { saveAnswers } from "@/server/attempts/save";
import { startAttempt } from "@/server/attempts/start";
import { submitAttempt } from "@/server/attempts/submit";
import { createGuards, type CurrentUser } from "@/server/auth/guards";
import { loadClassProgress } from "@/server/class-progress/class-progress";
import { exportGradebookCsv, exportQuizQuestionsCsv, loadGradebook } from "@/server/gradebook/gradebook";
import { openFreshDatabase } from "./fresh-database";
import { createTestQuiz, lessonIdBySlug, lessonQuestionIds } from "./quiz-fixture";
import { rightResponse } from "./right-response";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
const db = () => database.db;
const people: Record<string, CurrentUser & { sessionVersion: number }> = {};
let checkQuizId: string;
let essayQuizId: string;
let foreignQuizId: string;

function guardsFor(name: string) {
  const person = people[name]!;
  return createGuards({ getDb: async () => db(), getSessionClaims: async () => ({ id: person.id, role: person.role, sessionVersion: person.sessionVersion }) });
}

/** Answers every question of a new attempt, right unless `wrong` says which (by position) to get wrong, and submits it unless told not to. */
async function attempt(name: string, quizId: string, { wrong = [] as number[], submit = true } = {}) {
  const user = people[name]!;
  const { attempt: started } = await startAttempt({ db: db(), user, quizId });
  const items = await attemptItems({ db: db(), attemptId: started.id });
  const versions = await getStoredQuestionVersions({ db: db(), versionIds: items.map((item) => item.questionVersionId) });
  const saves = items.map((item, index) => {
    const right = rightResponse(fromStoredVersion(versions.get(item.questionVersionId)!));
    const answer = wrong.includes(index) && item.type === "true_false" ? { value: !(right as { value: boolean }).value } : right;
    return { attemptQuestionId: item.attemptQuestionId, seq: 1, answer, flagged: false };
  });
  await saveAnswers({ db: db(), user, attemptId: started.id, request: { saves } });
  if (submit) await submitAttempt({ db: db(), user, attemptId: started.id });
}

beforeAll(async () => {
  database = await openFreshDatabase();
  await seedDemo({ db: db(), password: "gradebook-test-1" });
  await syncContent({ db: db(), documents: loadContent(path.resolve("content")), courseSlug: demoCourse.slug });
  const [other] = await db().insert(courses).values({ slug: "other-course", title: "Other", joinCode: "OTHER777" }).returning();
  await createUser({ db: db(), user: { email: "other-instructor@rampart.test", name: "Olga Other", role: "instructor", passwordHash: "scrypt$unused" } });
  await createUser({ db: db(), user: { email: "mallory@rampart.test", name: '=HYPERLINK("http://x","Mallory, M")', role: "student", passwordHash: "scrypt$unused" } });
  for (const name of ["admin", "instructor", "student1", "student2", "other-instructor", "mallory"]) {
    const user = (await getUserByEmail({ db: db(), email: `${name}@rampart.test` }))!;
    people[name] = { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
  }
  const [demo] = await db().select().from(courses).where(eq(courses.slug, demoCourse.slug));
  await enrollLearner({ db: db(), courseId: demo!.id, userId: people.mallory!.id });
  await assignInstructor({ db: db(), courseId: other!.id, userId: people["other-instructor"]!.id });

  const trueFalse = [...(await lessonQuestionIds(db(), "armed-attack", "true_false")), ...(await lessonQuestionIds(db(), "eastern-flank", "true_false"))].slice(0, 2);
  expect(trueFalse.length).toBe(2);
  const check = await createTestQuiz(db(), { title: "Check, \"one\"", gradingMethod: "highest", shuffleQuestions: false, slots: trueFalse.map((questionId) => ({ questionId })) });
  checkQuizId = check.id;
  const [essayId] = await lessonQuestionIds(db(), "armed-attack", "essay");
  const [choiceId] = await lessonQuestionIds(db(), "armed-attack", "single_choice");
  essayQuizId = (await createTestQuiz(db(), { title: "With an essay", slots: [{ questionId: choiceId! }, { questionId: essayId!, marks: 5 }] })).id;
  foreignQuizId = await insertQuizWithSlots({ db: db(), quiz: { courseId: other!.id, title: "Foreign", status: "published", reviewOptions: defaultReviewOptions }, slots: [] });

  await attempt("student1", checkQuizId, { wrong: [1] });
  await attempt("student1", checkQuizId);
  await attempt("student2", checkQuizId, { submit: false });
  await attempt("student2", essayQuizId);
  await saveProgress({ db: db(), userId: people.student1!.id, lessonId: await lessonIdBySlug(db(), "armed-attack"), state: { status: "completed", completionSource: "manual", lastParagraph: 3, visibleSeconds: 420, reachedEnd: true, updatedAt: new Date() } });
});
afterAll(() => database?.close());

describe(`gradebook (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("shows every learner × quiz with the grade from quiz_grades, attempts used and status", async () => {
    const book = await loadGradebook({ db: db(), guards: guardsFor("instructor"), courseSlug: demoCourse.slug, query: parseGradebookQuery({}) });
    const stored = await db().select().from(quizGrades);
    for (const row of book.rows) {
      for (const quiz of book.quizzes) {
        const grade = stored.find((entry) => entry.quizId === quiz.id && entry.userId === row.userId)?.grade ?? null;
        expect(row.cells[quiz.id]!.grade).toBe(grade);
      }
    }
    const cell = (name: string, quizId: string) => book.rows.find((row) => row.userId === people[name]!.id)!.cells[quizId];
    expect(cell("student1", checkQuizId)).toEqual({ grade: 1, attempts: 2, status: "graded" });
    expect(cell("student2", checkQuizId)).toEqual({ grade: null, attempts: 1, status: "in_progress" });
    expect(cell("student2", essayQuizId)).toEqual({ grade: null, attempts: 1, status: "awaiting_grading" });
    expect(cell("mallory", checkQuizId)).toEqual({ grade: null, attempts: 0, status: "not_attempted" });
    expect(book.rows.map((row) => row.email)).not.toContain("instructor@rampart.test");
  });

  it("filters and sorts on the server from the query string", async () => {
    const load = (params: Record<string, string>) => loadGradebook({ db: db(), guards: guardsFor("instructor"), courseSlug: demoCourse.slug, query: parseGradebookQuery(params) });
    expect((await load({ status: "awaiting_grading" })).rows.map((row) => row.email)).toEqual(["student2@rampart.test"]);
    expect((await load({ q: "MALLORY@" })).rows.map((row) => row.email)).toEqual(["mallory@rampart.test"]);
    expect((await load({ sort: checkQuizId, dir: "desc" })).rows[0]!.email).toBe("student1@rampart.test");
    expect((await load({ sort: "not-a-quiz" })).query.sort).toBe("name");
  });

  it("exports one CSV row per learner, quoted and safe from formulas", async () => {
    const { fileName, csv } = await exportGradebookCsv({ db: db(), guards: guardsFor("instructor"), courseSlug: demoCourse.slug });
    expect(fileName).toBe(`${demoCourse.slug}-gradebook.csv`);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe('Name,Email,"Check, ""one"" (%)","Check, ""one"" (attempts)","Check, ""one"" (status)",With an essay (%),With an essay (attempts),With an essay (status)');
    expect(lines).toContain(`"'=HYPERLINK(""http://x"",""Mallory, M"")",mallory@rampart.test,,0,Not attempted,,0,Not attempted`);
    expect(lines.find((line) => line.includes("student1@rampart.test"))).toMatch(/,100,2,Graded,,0,Not attempted$/);
    expect(lines.find((line) => line.includes("student2@rampart.test"))).toMatch(/,,1,In progress,,1,Awaiting grading$/);
    expect(lines.at(-1)).toBe("");
    expect(lines.length).toBe(2 + 3);
  });

  it("exports the marks per question, one row per submitted attempt", async () => {
    const { fileName, csv } = await exportQuizQuestionsCsv({ db: db(), guards: guardsFor("admin"), courseSlug: demoCourse.slug, quizId: checkQuizId });
    expect(fileName).toBe(`${demoCourse.slug}-Check-one-questions.csv`);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Name,Email,Attempt,Submitted at (UTC),Submitted by,Status,Q1 (/1),Q2 (/1),Total,Out of,Attempt grade (%)");
    expect(lines.length).toBe(3);
    expect(lines[1]).toMatch(/^[^,]+,student1@rampart\.test,1,\d{4}-\d\d-\d\dT[\d:.]+Z,learner,Graded,1,0,1,2,50$/);
    expect(lines[2]).toMatch(/,student1@rampart\.test,2,.*,Graded,1,1,2,2,100$/);
    const essay = (await exportQuizQuestionsCsv({ db: db(), guards: guardsFor("instructor"), courseSlug: demoCourse.slug, quizId: essayQuizId })).csv.trimEnd().split("\r\n");
    expect(essay[1]).toMatch(/,student2@rampart\.test,1,[^,]+Z,learner,Awaiting grading,1,,,6,$/);
  });

  it("shows the class's progress: reading status, time, mastery and quiz grades", async () => {
    const progress = await loadClassProgress({ db: db(), guards: guardsFor("instructor"), courseSlug: demoCourse.slug });
    const lessonId = await lessonIdBySlug(db(), "armed-attack");
    const student1 = progress.learners.find((learner) => learner.userId === people.student1!.id)!;
    expect(student1).toMatchObject({ completed: 1, visibleSeconds: 420 });
    expect(student1.cells[lessonId]!.status).toBe("completed");
    expect(student1.cells[lessonId]!.mastery).toBeGreaterThanOrEqual(0);
    expect(student1.quizzes[checkQuizId]).toMatchObject({ grade: 1, status: "graded" });
    const mallory = progress.learners.find((learner) => learner.userId === people.mallory!.id)!;
    expect(mallory).toMatchObject({ completed: 0, visibleSeconds: 0 });
    expect(mallory.cells[lessonId]).toEqual({ status: "not_started", mastery: null });
    const summary = progress.lessons.find((lesson) => lesson.id === lessonId)!;
    expect(summary).toMatchObject({ completed: 1, practised: 2 });
    expect(summary.averageMastery).not.toBeNull();
    expect(progress.lessons.length).toBeGreaterThan(1);
  });

  it("refuses students and other courses' instructors everywhere, and treats another course's quiz as missing", async () => {
    for (const name of ["student1", "other-instructor"]) {
      const guards = guardsFor(name);
      await expect(loadGradebook({ db: db(), guards, courseSlug: demoCourse.slug, query: parseGradebookQuery({}) })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(exportGradebookCsv({ db: db(), guards, courseSlug: demoCourse.slug })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(exportQuizQuestionsCsv({ db: db(), guards, courseSlug: demoCourse.slug, quizId: checkQuizId })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(loadClassProgress({ db: db(), guards, courseSlug: demoCourse.slug })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(exportQuizQuestionsCsv({ db: db(), guards: guardsFor("instructor"), courseSlug: demoCourse.slug, quizId: foreignQuizId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadGradebook({ db: db(), guards: guardsFor("instructor"), courseSlug: "no-such-course", query: parseGradebookQuery({}) })).rejects.toBeInstanceOf(NotFoundError);
    const theirs = await exportGradebookCsv({ db: db(), guards: guardsFor("other-instructor"), courseSlug: "other-course" });
    expect(theirs.csv).toBe("Name,Email,Foreign (%),Foreign (attempts),Foreign (status)\r\n");
  });
});
