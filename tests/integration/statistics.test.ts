import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptItems } from "@/db/queries/attempts";
import { getStoredQuestionVersions } from "@/db/queries/questions";
import { getUserByEmail } from "@/db/queries/users";
import { demoCourse, seedDemo } from "@/db/seed";
import { syncContent } from "@/db/sync-content";
import { attemptQuestions, attempts, courseInstructors, courses, enrollments, quizSlots, responses, users as usersTable } from "@/db/schema";
import { loadContent } from "@/lib/content/load";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { fromStoredVersion, type Question } from "@/lib/questions";
import { analyseQuiz, randomGuessScore, whichAttemptsValues, type AttemptInput, type WhichAttempts } from "@/lib/statistics";
import { createGuards, type CurrentUser } from "@/server/auth/guards";
import { saveAnswers } from "@/server/attempts/save";
import { startAttempt } from "@/server/attempts/start";
import { submitAttempt } from "@/server/attempts/submit";
import { setQuestionDropped } from "@/server/regrade/apply";
import { correctQuestionKey } from "@/server/regrade/correct-key";
import { loadQuizStatistics } from "@/server/statistics/load";
import { expectedClasses, prepareQuestion, responseParts } from "@/server/statistics/response-parts";
import { openFreshDatabase } from "./fresh-database";
import { createTestQuiz, demoCourseId, lessonQuestionIds } from "./quiz-fixture";
import { rightResponse } from "./right-response";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
const db = () => database.db;
const learners: CurrentUser[] = [];
let courseId = "";
let quizId = "";

/** A wrong answer for a choice or true/false question; any other is left unanswered. */
function wrongResponse(question: Question): unknown {
  if (question.type === "single_choice") return { choice: question.options.find((option) => option.fraction <= 0)!.key };
  if (question.type === "true_false") return { value: !question.answer };
  return null;
}

/** Learner k answers question j right by this pattern (so marks vary and correlate). */
const answersRight = (k: number, j: number) => (k + j) % 4 !== 0 && k > j - 2;

async function takeAttempt(user: CurrentUser, k: number, quiz = quizId) {
  const { attempt } = await startAttempt({ db: db(), user, quizId: quiz });
  const items = await attemptItems({ db: db(), attemptId: attempt.id });
  const versions = await getStoredQuestionVersions({ db: db(), versionIds: items.map((item) => item.questionVersionId) });
  const saves = items.map((item, j) => {
    const question = fromStoredVersion(versions.get(item.questionVersionId)!);
    return { attemptQuestionId: item.attemptQuestionId, seq: 1, answer: answersRight(k, j) ? rightResponse(question) : wrongResponse(question), flagged: false };
  });
  await saveAnswers({ db: db(), user, attemptId: attempt.id, request: { saves } });
  await submitAttempt({ db: db(), user, attemptId: attempt.id });
}

beforeAll(async () => {
  database = await openFreshDatabase();
  await seedDemo({ db: db(), password: "statistics-test-1" });
  await syncContent({ db: db(), documents: loadContent(path.resolve("content")), courseSlug: demoCourse.slug });
  courseId = await demoCourseId(db());
  const choice = (await lessonQuestionIds(db(), "armed-attack", "single_choice")).slice(0, 3);
  const trueFalse = (await lessonQuestionIds(db(), "armed-attack", "true_false")).slice(0, 1);
  const quiz = await createTestQuiz(db(), { slots: [...choice, ...trueFalse].map((questionId, index) => ({ questionId, marks: index === 0 ? 2 : 1 })), gradingMethod: "first", shuffleOptions: false });
  quizId = quiz.id;
  for (let k = 0; k < 7; k++) {
    const [user] = await db().insert(usersTable).values({ email: `stats-${k}@rampart.test`, name: `Stats ${k}` }).returning();
    await db().insert(enrollments).values({ courseId, userId: user!.id });
    learners.push({ id: user!.id, email: user!.email, name: user!.name, role: "student" });
  }
  for (const [k, user] of learners.entries()) await takeAttempt(user, k);
  // Two learners try again and do better; "first" ignores these, "all" and "last" count them.
  await takeAttempt(learners[0]!, 5);
  await takeAttempt(learners[1]!, 6);
}, 120_000);
afterAll(() => database?.close());

/** Marks straight from the tables: one array of slot marks per submitted attempt, by learner and number. */
async function storedMarks() {
  const rows = await db()
    .select({ attemptId: attempts.id, userId: attempts.userId, number: attempts.number, position: attemptQuestions.position, mark: responses.mark, maxMark: attemptQuestions.maxMark, answer: responses.answer })
    .from(attempts)
    .innerJoin(attemptQuestions, eq(attemptQuestions.attemptId, attempts.id))
    .innerJoin(responses, eq(responses.attemptQuestionId, attemptQuestions.id))
    .where(and(eq(attempts.quizId, quizId), eq(attempts.state, "submitted")))
    .orderBy(asc(attempts.userId), asc(attempts.number), asc(attemptQuestions.position));
  const byAttempt = new Map<string, { userId: string; number: number; marks: number[]; answers: unknown[] }>();
  for (const row of rows) {
    const entry = byAttempt.get(row.attemptId) ?? { userId: row.userId, number: row.number, marks: [], answers: [] };
    entry.marks.push(row.mark ?? 0);
    entry.answers.push(row.answer);
    byAttempt.set(row.attemptId, entry);
  }
  return [...byAttempt.values()];
}

/**
 * The analysis as it follows from the tables read plainly (a row per question in position order,
 * answers as stored), to check the packed read against: same rules, none of its shortcuts.
 */
async function analysisFromTables(quiz: string, which: WhichAttempts) {
  const slots = await db().select().from(quizSlots).where(eq(quizSlots.quizId, quiz)).orderBy(asc(quizSlots.position));
  const rows = await db()
    .select({ attempt: attempts, placed: attemptQuestions, mark: responses.mark, answer: responses.answer })
    .from(attempts)
    .innerJoin(attemptQuestions, eq(attemptQuestions.attemptId, attempts.id))
    .leftJoin(responses, eq(responses.attemptQuestionId, attemptQuestions.id))
    .where(and(eq(attempts.quizId, quiz), eq(attempts.state, "submitted")))
    .orderBy(asc(attempts.userId), asc(attempts.number), asc(attemptQuestions.position));
  const stored = await getStoredQuestionVersions({ db: db(), versionIds: [...new Set(rows.map((row) => row.placed.questionVersionId))] });
  const firstInSlot = new Map<number, Question>();
  const drawn = new Map<string, Question>();
  const byAttempt = new Map<string, AttemptInput & { marks: number[]; questionIds: (string | null)[]; responses: unknown[]; graded: boolean }>();
  for (const { attempt, placed, mark: storedMark, answer } of rows) {
    let entry = byAttempt.get(attempt.id);
    if (!entry) {
      const empty = slots.map(() => null);
      entry = { userId: attempt.userId, attemptNumber: attempt.number, preview: attempt.preview, sumMarks: 0, marks: slots.map(() => 0), questionIds: [...empty], responses: [...empty], graded: !attempt.needsGrading };
      byAttempt.set(attempt.id, entry);
    }
    const mark = placed.dropped === "full_marks" ? placed.maxMark : placed.dropped === "removed" ? 0 : storedMark;
    if (mark === null) entry.graded = false;
    else entry.sumMarks! += mark;
    const j = slots.findIndex((slot) => slot.position === placed.position);
    if (j === -1) continue;
    entry.marks[j] = mark ?? 0;
    const question = fromStoredVersion(stored.get(placed.questionVersionId)!);
    if (!firstInSlot.has(j)) firstInSlot.set(j, question);
    if (slots[j]!.kind === "random") {
      entry.questionIds[j] = placed.questionId;
      drawn.set(placed.questionId, question);
    }
    if (placed.dropped !== "removed") entry.responses[j] = responseParts(prepareQuestion(question), answer);
  }
  return analyseQuiz(
    {
      slots: slots.map((slot, j) => ({ slot: slot.position, maxMark: slot.marks, random: slot.kind === "random", randomGuessScore: firstInSlot.has(j) ? randomGuessScore(firstInSlot.get(j)!) : null })),
      attempts: [...byAttempt.values()].map(({ graded, ...attempt }) => ({ ...attempt, sumMarks: graded ? attempt.sumMarks : null })) as AttemptInput[],
      whichAttempts: which,
      drawnQuestionGuessScores: Object.fromEntries([...drawn].map(([id, question]) => [id, randomGuessScore(question)])),
    },
    {
      classesFor: (slot, questionId) => {
        const question = questionId ? drawn.get(questionId) : firstInSlot.get(slots.findIndex((entry) => entry.position === slot.slot));
        return question ? expectedClasses(question) : undefined;
      },
    },
  );
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const sampleSd = (values: number[]) => Math.sqrt(values.reduce((sum, value) => sum + (value - mean(values)) ** 2, 0) / (values.length - 1));

describe(`quiz statistics (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("defaults to the grading method and matches a direct computation on the stored marks", async () => {
    const view = await loadQuizStatistics({ db: db(), courseId, quizId });
    expect(view.which).toBe("first");
    const stored = (await storedMarks()).filter((attempt) => attempt.number === 1);
    const totals = stored.map((attempt) => attempt.marks.reduce((sum, mark) => sum + mark, 0));
    const { quiz, slots } = view.analysis;
    expect(quiz.s).toBe(7);
    expect(quiz.sumGrades).toBe(5);
    expect(quiz.mean).toBeCloseTo(mean(totals), 10);
    expect(quiz.standardDeviation).toBeCloseTo(sampleSd(totals), 10);
    expect(quiz.attempts.all.count).toBe(9);
    expect(quiz.attempts.last.count).toBe(7);
    for (const [j, slot] of slots.entries()) {
      const marks = stored.map((attempt) => attempt.marks[j]!);
      expect(slot.facility).toBeCloseTo(mean(marks) / slot.maxMark, 10);
      expect(slot.sd).toBeCloseTo(sampleSd(marks), 10);
      // Discrimination: correlation of the item with the rest of the test, in percent.
      const rest = stored.map((attempt, i) => totals[i]! - attempt.marks[j]!);
      const covariance = marks.reduce((sum, mark, i) => sum + (mark - mean(marks)) * (rest[i]! - mean(rest)), 0) / (marks.length - 1);
      const expected = sampleSd(marks) > 0 && sampleSd(rest) > 0 ? (100 * covariance) / (sampleSd(marks) * sampleSd(rest)) : null;
      if (expected === null) expect(slot.discriminationIndex).toBeNull();
      else expect(slot.discriminationIndex).toBeCloseTo(expected, 8);
    }
    expect(slots[0]!.intendedWeight).toBeCloseTo(40, 10);
    expect(view.analysis.histogram.reduce((sum, band) => sum + band.count, 0)).toBe(7);
  });

  it("counts the responses given, by option, with the thirds", async () => {
    const view = await loadQuizStatistics({ db: db(), courseId, quizId, which: "all" });
    const stored = await storedMarks();
    expect(view.analysis.quiz.s).toBe(9);
    const first = view.analysis.responses.find((group) => group.slot === view.questions[0]!.slot)!;
    expect(first.attempts).toBe(9);
    expect(first.topAttempts).toBe(3);
    expect(first.bottomAttempts).toBe(3);
    const chosen = new Map<string, number>();
    for (const attempt of stored) {
      const key = (attempt.answers[0] as { choice: string }).choice;
      chosen.set(key, (chosen.get(key) ?? 0) + 1);
    }
    for (const row of first.rows) expect(row.count).toBe(chosen.get(row.responseClass) ?? 0);
    expect(first.rows.reduce((sum, row) => sum + row.count, 0)).toBe(9);
    // Every option has a row, chosen or not, and a text to show.
    expect(first.rows.length).toBe(Object.keys(view.questions[0]!.labels).length);
    const trueFalse = view.analysis.responses.find((group) => group.slot === view.questions[3]!.slot)!;
    expect(trueFalse.rows.map((row) => row.responseClass).sort()).toEqual(["False", "True"]);
  });

  it("follows the choice of attempts", async () => {
    const last = await loadQuizStatistics({ db: db(), courseId, quizId, which: "last" });
    const stored = await storedMarks();
    const lastNumber = new Map<string, number>();
    for (const attempt of stored) lastNumber.set(attempt.userId, Math.max(lastNumber.get(attempt.userId) ?? 0, attempt.number));
    const totals = stored.filter((attempt) => attempt.number === lastNumber.get(attempt.userId)).map((attempt) => attempt.marks.reduce((sum, mark) => sum + mark, 0));
    expect(last.analysis.quiz.s).toBe(7);
    expect(last.analysis.quiz.mean).toBeCloseTo(mean(totals), 10);
  });

  it("leaves out a learner removed from the roster, and counts them again when they come back", async () => {
    const removed = learners[6]!;
    const count = async () => (await loadQuizStatistics({ db: db(), courseId, quizId, which: "all" })).analysis.quiz.s;
    const before = await count();
    const setStatus = (status: "active" | "removed") =>
      db().update(enrollments).set({ status, removedAt: status === "removed" ? new Date() : null }).where(and(eq(enrollments.courseId, courseId), eq(enrollments.userId, removed.id)));
    await setStatus("removed");
    try {
      expect(await count()).toBe(before - 1);
    } finally {
      await setStatus("active");
    }
    expect(await count()).toBe(before);
  });

  it("gives each question drawn by a random slot statistics and responses of its own", async () => {
    const quiz = await createTestQuiz(db(), { slots: [{ randomLessonSlug: "armed-attack" }, { questionId: (await lessonQuestionIds(db(), "armed-attack", "true_false"))[0]! }] });
    for (const user of learners.slice(0, 5)) {
      const { attempt } = await startAttempt({ db: db(), user, quizId: quiz.id });
      const items = await attemptItems({ db: db(), attemptId: attempt.id });
      const versions = await getStoredQuestionVersions({ db: db(), versionIds: items.map((item) => item.questionVersionId) });
      const saves = items.map((item) => {
        const question = fromStoredVersion(versions.get(item.questionVersionId)!);
        return { attemptQuestionId: item.attemptQuestionId, seq: 1, answer: question.type === "essay" ? null : rightResponse(question), flagged: false };
      });
      await saveAnswers({ db: db(), user, attemptId: attempt.id, request: { saves } });
      await submitAttempt({ db: db(), user, attemptId: attempt.id });
    }
    const view = await loadQuizStatistics({ db: db(), courseId, quizId: quiz.id, which: "all" });
    expect(view.analysis.quiz.s).toBe(5);
    expect(view.analysis.slots[0]!.random).toBe(true);
    const drawn = view.analysis.drawnQuestions;
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.reduce((sum, entry) => sum + entry.s, 0)).toBe(5);
    for (const entry of drawn) expect(view.drawn[entry.questionId]?.stem).toBeTruthy();
    const groups = view.analysis.responses.filter((group) => group.slot === view.questions[0]!.slot);
    expect(groups.every((group) => group.questionId !== null)).toBe(true);
    expect(groups.reduce((sum, group) => sum + group.attempts, 0)).toBe(5);
  });

  it("says there is nothing to analyse before anyone has finished", async () => {
    const quiz = await createTestQuiz(db(), { slots: (await lessonQuestionIds(db(), "armed-attack", "true_false")).slice(0, 1).map((questionId) => ({ questionId })) });
    const view = await loadQuizStatistics({ db: db(), courseId, quizId: quiz.id });
    expect(view.analysis.quiz.s).toBe(0);
    expect(view.analysis.quiz.mean).toBeNull();
  });

  it("matches the tables read plainly, for every choice of attempts, after a key correction, drops and marks given by hand", async () => {
    const [choice] = await lessonQuestionIds(db(), "armed-attack", "single_choice");
    const [trueFalse] = await lessonQuestionIds(db(), "armed-attack", "true_false");
    const [multiple] = await lessonQuestionIds(db(), "armed-attack", "multiple_response");
    const [matching] = await lessonQuestionIds(db(), "armed-attack", "matching");
    const [short] = await lessonQuestionIds(db(), "armed-attack", "short_answer");
    const quiz = await createTestQuiz(db(), {
      slots: [{ questionId: choice!, marks: 2 }, { questionId: trueFalse! }, { questionId: multiple! }, { questionId: matching! }, { questionId: short! }, { randomLessonSlug: "armed-attack" }],
      gradingMethod: "highest",
      shuffleOptions: false,
    });
    for (const [k, user] of learners.slice(0, 6).entries()) await takeAttempt(user, k, quiz.id);
    // The true/false key is corrected: attempts from now on pin the new version, earlier ones keep theirs.
    const instructorRow = (await getUserByEmail({ db: db(), email: "instructor@rampart.test" }))!;
    const instructor: CurrentUser = { id: instructorRow.id, email: instructorRow.email, name: instructorRow.name, role: "instructor" };
    const [placed] = await db().select().from(attemptQuestions).where(eq(attemptQuestions.questionId, trueFalse!)).limit(1);
    const key = fromStoredVersion((await getStoredQuestionVersions({ db: db(), versionIds: [placed!.questionVersionId] })).get(placed!.questionVersionId)!);
    if (key.type !== "true_false") throw new Error("a true/false question was expected");
    await correctQuestionKey({ db: db(), courseId, quizId: quiz.id, questionId: trueFalse!, instructor, fields: { answer: String(!key.answer) }, reason: "The key was the wrong way round." });
    await takeAttempt(learners[0]!, 3, quiz.id);
    await takeAttempt(learners[1]!, 0, quiz.id);
    await setQuestionDropped({ db: db(), courseId, quizId: quiz.id, questionId: matching!, mode: "full_marks", reason: "Ambiguous.", instructor });
    await setQuestionDropped({ db: db(), courseId, quizId: quiz.id, questionId: short!, mode: "removed", reason: "Off topic.", instructor });
    // Marks with decimals, so that a total summed in another order than the positions' would differ.
    const placedRows = await db()
      .select({ id: attemptQuestions.id, position: attemptQuestions.position })
      .from(attemptQuestions)
      .innerJoin(attempts, eq(attempts.id, attemptQuestions.attemptId))
      .where(and(eq(attempts.quizId, quiz.id), eq(attempts.state, "submitted")))
      .orderBy(asc(attemptQuestions.id));
    const fractional = [0.1, 0.2, 0.3, 0.3333, 0.6667, 0.7];
    for (const [index, row] of placedRows.entries()) {
      if (row.position === 1 || row.position === 3) await db().update(responses).set({ mark: fractional[index % fractional.length]! + (row.position === 1 ? 1 : 0) }).where(eq(responses.attemptQuestionId, row.id));
    }
    const versions = await db().selectDistinct({ id: attemptQuestions.questionVersionId }).from(attemptQuestions).where(eq(attemptQuestions.questionId, trueFalse!));
    expect(versions.length).toBe(2);

    for (const which of whichAttemptsValues) {
      const view = await loadQuizStatistics({ db: db(), courseId, quizId: quiz.id, which });
      expect(view.analysis).toEqual(await analysisFromTables(quiz.id, which));
      expect(view.analysis.quiz.s).toBeGreaterThan(0);
    }
  });

  it("is for the course's instructors only: a student and another course's instructor are refused", async () => {
    const guardsFor = (user: { id: string; role: "student" | "instructor" | "admin"; sessionVersion: number }) =>
      createGuards({ getDb: async () => db(), getSessionClaims: async () => ({ id: user.id, role: user.role, sessionVersion: user.sessionVersion }) });
    const student = (await getUserByEmail({ db: db(), email: "student1@rampart.test" }))!;
    await expect(guardsFor(student).requireCourseInstructor(demoCourse.slug)).rejects.toBeInstanceOf(ForbiddenError);

    const [other] = await db().insert(courses).values({ slug: "stats-other", title: "Other", joinCode: "STATS123" }).returning();
    const [teacher] = await db().insert(usersTable).values({ email: "other-teacher@rampart.test", name: "Other teacher", role: "instructor" }).returning();
    await db().insert(courseInstructors).values({ courseId: other!.id, userId: teacher!.id });
    const guards = guardsFor(teacher!);
    await expect(guards.requireCourseInstructor(demoCourse.slug)).rejects.toBeInstanceOf(ForbiddenError);
    // Their own course does not reach this quiz either.
    const { course } = await guards.requireCourseInstructor("stats-other");
    await expect(loadQuizStatistics({ db: db(), courseId: course.id, quizId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadQuizStatistics({ db: db(), courseId, quizId: "not-a-uuid" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
