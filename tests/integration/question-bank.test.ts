import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptItems } from "@/db/queries/attempts";
import { assignInstructor } from "@/db/queries/courses";
import { createUser, getUserByEmail } from "@/db/queries/users";
import { demoCourse, seedDemo } from "@/db/seed";
import { syncContent } from "@/db/sync-content";
import { attemptQuestions, auditLog, courses, lessons, questionVersions, questions, units } from "@/db/schema";
import { loadContent } from "@/lib/content/load";
import { ForbiddenError, NotFoundError, PublicError } from "@/lib/errors";
import { formValuesOf } from "@/lib/question-bank/form-values";
import { readBankFilters } from "@/lib/question-bank/list-filters";
import { createGuards, type CurrentUser } from "@/server/auth/guards";
import { loadAttemptReview } from "@/server/attempts/review";
import { saveAnswers } from "@/server/attempts/save";
import { startAttempt } from "@/server/attempts/start";
import { submitAttempt } from "@/server/attempts/submit";
import { questionsForVersions } from "@/server/attempts/question-cache";
import { createBankQuestion, saveBankQuestion } from "@/server/question-bank/editor";
import { QuestionFormError } from "@/server/question-bank/errors";
import { loadQuestionHistory } from "@/server/question-bank/history";
import { loadBankList } from "@/server/question-bank/list";
import { loadBankQuestion } from "@/server/question-bank/load";
import { changeQuestionStatus } from "@/server/question-bank/status";
import { openFreshDatabase } from "./fresh-database";
import { createTestQuiz, demoCourseId, lessonIdBySlug } from "./quiz-fixture";
import { rightResponse } from "./right-response";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
const users: Record<string, CurrentUser> = {};
const db = () => database.db;
let courseId = "";
let otherCourseId = "";
let otherLessonId = "";

beforeAll(async () => {
  database = await openFreshDatabase();
  await seedDemo({ db: db(), password: "bank-test-1" });
  await syncContent({ db: db(), documents: loadContent(path.resolve("content")), courseSlug: demoCourse.slug });
  for (const name of ["student1", "instructor"]) {
    const user = (await getUserByEmail({ db: db(), email: `${name}@rampart.test` }))!;
    users[name] = { id: user.id, email: user.email, name: user.name, role: user.role };
  }
  courseId = await demoCourseId(db());
  const [other] = await db().insert(courses).values({ slug: "other-bank", title: "Other", joinCode: "BANK0001" }).returning();
  otherCourseId = other!.id;
  const [unit] = await db().insert(units).values({ courseId: otherCourseId, slug: "u", title: "Other unit", position: 1 }).returning();
  const [lesson] = await db().insert(lessons).values({ unitId: unit!.id, slug: "l", title: "Other lesson", position: 1, objectives: [], keyTerms: [], discussion: [], body: "", wordCount: 0, contentHash: "x" }).returning();
  otherLessonId = lesson!.id;
  const outsider = (await createUser({ db: db(), user: { email: "outsider-bank@rampart.test", name: "Otto Outsider", role: "instructor", passwordHash: "x" } }))!;
  await assignInstructor({ db: db(), courseId: otherCourseId, userId: outsider.id });
  users.outsider = { id: outsider.id, email: outsider.email, name: outsider.name, role: outsider.role };
});
afterAll(() => database?.close());

const choiceFields = (stem: string, right = 0) => ({
  type: "single_choice",
  stem,
  explanation: "The Council sits at NATO headquarters.",
  lesson: "",
  tags: "council, bank-test",
  difficulty: "2",
  level: "remember",
  shuffle: "on",
  "option.order": "0,1,2",
  "option.0.text": "Brussels",
  "option.0.credit": right === 0 ? "100" : "0",
  "option.1.text": "Mons",
  "option.1.credit": right === 1 ? "100" : "0",
  "option.2.text": "Vilnius",
  "option.2.credit": "0",
});

const versionCount = async (questionId: string) => (await db().select().from(questionVersions).where(eq(questionVersions.questionId, questionId))).length;

describe(`the question bank editor (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("creates a question with its lesson and tags, refuses a bad form field by field, and lists and finds it", async () => {
    const lessonId = await lessonIdBySlug(db(), "armed-attack");
    const { questionId } = await createBankQuestion({ db: db(), courseId, instructor: users.instructor!, fields: { ...choiceFields("Where does the North Atlantic Council meet? (bank test)", 1), lesson: lessonId } });
    const loaded = await loadBankQuestion({ db: db(), courseId, questionId });
    expect(loaded.row).toMatchObject({ origin: "authored", status: "active", currentVersion: 1, lessonId, type: "single_choice" });
    expect(loaded.meta).toEqual({ lessonId, tags: ["bank-test", "council"], difficulty: 2, level: "remember" });
    expect(loaded.question).toMatchObject({ stem: "Where does the North Atlantic Council meet? (bank test)", options: [{ text: "Brussels", fraction: 0 }, { text: "Mons", fraction: 1 }, { text: "Vilnius", fraction: 0 }] });

    await expect(createBankQuestion({ db: db(), courseId, instructor: users.instructor!, fields: { ...choiceFields(""), "option.1.credit": "200" } })).rejects.toMatchObject({
      fieldErrors: { stem: ["Write the question (its stem)."], "option.1.credit": ["Enter a credit from 0 to 100 (per cent)."] },
    });
    await expect(createBankQuestion({ db: db(), courseId, instructor: users.instructor!, fields: { ...choiceFields("Q"), lesson: otherLessonId } })).rejects.toMatchObject({ fieldErrors: { lesson: ["Choose a lesson from the list."] } });

    const found = await loadBankList({ db: db(), courseId, filters: readBankFilters({ q: "north atlantic council meet? (BANK", tag: "council", type: "single_choice", lesson: lessonId, difficulty: "2" }) });
    expect(found.rows.map((row) => row.id)).toEqual([questionId]);
    expect(found.rows[0]).toMatchObject({ version: 1, lessonTitle: expect.any(String), tags: ["bank-test", "council"] });
    expect(found.tags).toContain("council");
    expect((await loadBankList({ db: db(), courseId, filters: readBankFilters({ q: "bank test", difficulty: "3" }) })).total).toBe(0);
    const all = await loadBankList({ db: db(), courseId, filters: readBankFilters({}) });
    expect(all.rows).toHaveLength(50);
    expect(all.total).toBeGreaterThan(50);
    const second = await loadBankList({ db: db(), courseId, filters: readBankFilters({ page: "2" }) });
    expect(second.rows.some((row) => all.rows.some((first) => first.id === row.id))).toBe(false);
  });

  it("saves an edit as a new version while the learner's attempt keeps the old one; an unchanged save writes nothing", async () => {
    const { questionId } = await createBankQuestion({ db: db(), courseId, instructor: users.instructor!, fields: choiceFields("Where does the Council meet? (old wording)", 1) });
    const quiz = await createTestQuiz(db(), { title: "Bank edit quiz", slots: [{ questionId }], shuffleOptions: false });
    const { attempt } = await startAttempt({ db: db(), user: users.student1!, quizId: quiz.id });
    const items = await attemptItems({ db: db(), attemptId: attempt.id });
    const old = (await questionsForVersions(db(), [items[0]!.questionVersionId])).get(items[0]!.questionVersionId)!;
    await saveAnswers({ db: db(), user: users.student1!, attemptId: attempt.id, request: { saves: [{ attemptQuestionId: items[0]!.attemptQuestionId, seq: 1, answer: rightResponse(old), flagged: false }] } });
    await submitAttempt({ db: db(), user: users.student1!, attemptId: attempt.id });

    const current = await loadBankQuestion({ db: db(), courseId, questionId });
    const unchanged = await saveBankQuestion({ db: db(), courseId, questionId, fromVersion: 1, instructor: users.instructor!, fields: formValuesOf(current.question, current.meta) });
    expect(unchanged).toEqual({ outcome: "unchanged", version: 1 });
    expect(await versionCount(questionId)).toBe(1);

    const edited = await saveBankQuestion({ db: db(), courseId, questionId, fromVersion: 1, instructor: users.instructor!, fields: choiceFields("Where does the North Atlantic Council usually meet? (new wording)", 0) });
    expect(edited).toEqual({ outcome: "new_version", version: 2 });
    expect((await loadBankQuestion({ db: db(), courseId, questionId })).question).toMatchObject({ stem: "Where does the North Atlantic Council usually meet? (new wording)", options: [{ fraction: 1 }, { fraction: 0 }, { fraction: 0 }] });
    // Somebody who opened version 1 cannot save over version 2 without seeing it.
    await expect(saveBankQuestion({ db: db(), courseId, questionId, fromVersion: 1, instructor: users.instructor!, fields: choiceFields("Stale") })).rejects.toThrow(/Someone saved version 2/);

    const [placed] = await db().select().from(attemptQuestions).where(eq(attemptQuestions.attemptId, attempt.id));
    expect(placed!.questionVersionId).toBe(items[0]!.questionVersionId);
    const review = await loadAttemptReview({ db: db(), user: users.student1!, attemptId: attempt.id });
    if (review.inProgress) throw new Error("the attempt was submitted");
    expect(review.items[0]!.stem).toBe("Where does the Council meet? (old wording)");
    expect(review.attempt).toMatchObject({ sumMarks: 1 });

    const details = await saveBankQuestion({ db: db(), courseId, questionId, fromVersion: 2, instructor: users.instructor!, fields: { ...choiceFields("Where does the North Atlantic Council usually meet? (new wording)", 0), tags: "council, renamed" } });
    expect(details).toEqual({ outcome: "details", version: 2 });
    expect((await loadBankQuestion({ db: db(), courseId, questionId })).meta.tags).toEqual(["council", "renamed"]);

    const history = await loadQuestionHistory({ db: db(), courseId, questionId });
    expect(history.versions.map((version) => [version.version, version.createdByName, version.question.stem, version.usage])).toEqual([
      [2, users.instructor!.name, "Where does the North Atlantic Council usually meet? (new wording)", []],
      [1, users.instructor!.name, "Where does the Council meet? (old wording)", [{ quizId: quiz.id, quizTitle: "Bank edit quiz", attempts: 1 }]],
    ]);
    const audit = await db().select().from(auditLog).where(eq(auditLog.entityId, questionId));
    expect(audit.map((entry) => entry.action).sort()).toEqual(["create_question", "edit_question", "edit_question"]);
  });

  it("finds the synced content's questions of every type unchanged when saved as they are", async () => {
    for (const type of ["single_choice", "multiple_response", "true_false", "short_answer", "numerical", "matching", "ordering", "essay"] as const) {
      const [row] = await db().select().from(questions).where(and(eq(questions.courseId, courseId), eq(questions.type, type), eq(questions.origin, "content"))).limit(1);
      expect(row, type).toBeDefined();
      const current = await loadBankQuestion({ db: db(), courseId, questionId: row!.id });
      const saved = await saveBankQuestion({ db: db(), courseId, questionId: row!.id, fromVersion: row!.currentVersion, instructor: users.instructor!, fields: formValuesOf(current.question, current.meta) });
      expect(saved, type).toEqual({ outcome: "unchanged", version: row!.currentVersion });
    }
  });

  it("retires and restores a question: hidden from the list by default and from random draws, each change once", async () => {
    const { questionId } = await createBankQuestion({ db: db(), courseId, instructor: users.instructor!, fields: choiceFields("A question to retire (bank test)") });
    expect(await changeQuestionStatus({ db: db(), courseId, questionId, status: "retired", instructor: users.instructor! })).toEqual({ changed: true });
    expect(await changeQuestionStatus({ db: db(), courseId, questionId, status: "retired", instructor: users.instructor! })).toEqual({ changed: false });
    const search = (status?: string) => loadBankList({ db: db(), courseId, filters: readBankFilters({ q: "question to retire", status }) });
    expect((await search()).total).toBe(0);
    expect((await search("retired")).rows.map((row) => [row.id, row.status])).toEqual([[questionId, "retired"]]);
    expect((await search("all")).total).toBe(1);
    expect(await changeQuestionStatus({ db: db(), courseId, questionId, status: "active", instructor: users.instructor! })).toEqual({ changed: true });
    expect((await search()).rows.map((row) => row.id)).toEqual([questionId]);
  });

  it("keeps a content question an instructor retired retired through the content sync, and a restored one active", async () => {
    const [content] = await db().select().from(questions).where(and(eq(questions.courseId, courseId), eq(questions.origin, "content"), eq(questions.status, "active"))).limit(1);
    const sync = () => syncContent({ db: db(), documents: loadContent(path.resolve("content")), courseSlug: demoCourse.slug });
    const statusNow = async () => (await db().select({ status: questions.status }).from(questions).where(eq(questions.id, content!.id)))[0]!.status;
    await changeQuestionStatus({ db: db(), courseId, questionId: content!.id, status: "retired", instructor: users.instructor! });
    await sync();
    expect(await statusNow()).toBe("retired");
    await changeQuestionStatus({ db: db(), courseId, questionId: content!.id, status: "active", instructor: users.instructor! });
    await sync();
    expect(await statusNow()).toBe("active");
  });

  it("flags the questions the item analysis flags in any quiz of the course", async () => {
    const { questionId } = await createBankQuestion({ db: db(), courseId, instructor: users.instructor!, fields: choiceFields("Everyone gets this one right (bank test)") });
    const { questionId: unused } = await createBankQuestion({ db: db(), courseId, instructor: users.instructor!, fields: choiceFields("Nobody was asked this one (bank test)") });
    const quiz = await createTestQuiz(db(), { title: "Bank flag quiz", slots: [{ questionId }] });
    const { attempt } = await startAttempt({ db: db(), user: users.student1!, quizId: quiz.id });
    const [item] = await attemptItems({ db: db(), attemptId: attempt.id });
    const question = (await questionsForVersions(db(), [item!.questionVersionId])).get(item!.questionVersionId)!;
    await saveAnswers({ db: db(), user: users.student1!, attemptId: attempt.id, request: { saves: [{ attemptQuestionId: item!.attemptQuestionId, seq: 1, answer: rightResponse(question), flagged: false }] } });
    await submitAttempt({ db: db(), user: users.student1!, attemptId: attempt.id });
    // One learner, full marks: a facility of 100 %, above the 90 % the analysis allows.
    const flagged = await loadBankList({ db: db(), courseId, filters: readBankFilters({ flagged: "1", q: "(bank test)" }) });
    expect(flagged.rows.map((row) => row.id)).toContain(questionId);
    expect(flagged.rows.map((row) => row.id)).not.toContain(unused);
  });

  it("keeps other courses out: their instructors are refused by the guard, and the bank's reads and writes are scoped to the course", async () => {
    const { questionId } = await createBankQuestion({ db: db(), courseId, instructor: users.instructor!, fields: choiceFields("Only for the demo course (bank test)") });
    const guardsFor = (user: CurrentUser) =>
      createGuards({ getDb: async () => db(), getSessionClaims: async () => ({ id: user.id, role: user.role, sessionVersion: 0 }) });
    await expect(guardsFor(users.outsider!).requireCourseInstructor(demoCourse.slug)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(guardsFor(users.student1!).requireCourseInstructor(demoCourse.slug)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(guardsFor(users.instructor!).requireCourseInstructor(demoCourse.slug)).resolves.toMatchObject({ course: { id: courseId } });

    await expect(loadBankQuestion({ db: db(), courseId: otherCourseId, questionId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveBankQuestion({ db: db(), courseId: otherCourseId, questionId, fromVersion: 1, instructor: users.outsider!, fields: choiceFields("Taken over") })).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeQuestionStatus({ db: db(), courseId: otherCourseId, questionId, status: "retired", instructor: users.outsider! })).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadQuestionHistory({ db: db(), courseId: otherCourseId, questionId })).rejects.toBeInstanceOf(NotFoundError);
    expect((await loadBankList({ db: db(), courseId: otherCourseId, filters: readBankFilters({ status: "all" }) })).total).toBe(0);
    expect((await loadBankQuestion({ db: db(), courseId, questionId })).row).toMatchObject({ status: "active", currentVersion: 1 });
    expect(new QuestionFormError({})).toBeInstanceOf(PublicError);
  });
});
