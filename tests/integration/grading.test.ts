import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptItems, getAttempt, getQuizGrade } from "@/db/queries/attempts";
import { markEnrollmentRemoved, upsertActiveEnrollment } from "@/db/queries/roster";
import { demoCourse } from "@/db/seed";
import { attemptQuestions, auditLog, responseGrades, responses } from "@/db/schema";
import { defaultReviewOptions } from "@/lib/attempts/review-visibility";
import { ForbiddenError, NotFoundError, PublicError } from "@/lib/errors";
import { createGuards, type CurrentUser } from "@/server/auth/guards";
import { loadAttemptReview } from "@/server/attempts/review";
import { saveAnswers } from "@/server/attempts/save";
import { startAttempt } from "@/server/attempts/start";
import { submitAttempt } from "@/server/attempts/submit";
import { GradeInputError, StaleGradeError } from "@/server/grading/errors";
import { overrideGrade, requestReview, saveManualGrade } from "@/server/grading/grade";
import { loadAttemptForOverride, loadGradingItem, loadGradingQueue, loadQuizAttempts } from "@/server/grading/queue";
import { recomputeAttemptGrade } from "@/server/grading/recompute";
import { openTeachingWorld, type TeachingWorld } from "./teaching-world";
import { createTestQuiz, lessonQuestionIds } from "./quiz-fixture";

let world: TeachingWorld;
const db = () => world.db;
let users: TeachingWorld["users"];
let courseId = "";
let otherCourseId = "";

beforeAll(async () => {
  world = await openTeachingWorld("grading");
  ({ users, courseId, otherCourseId } = world);
});
afterAll(() => world?.close());

/** A quiz of one essay (4 marks) and one short answer (1 mark), submitted by the learner with both answered. */
async function submittedEssayAttempt(learner: CurrentUser, quizId?: string) {
  const quiz = quizId
    ? { id: quizId }
    : await createTestQuiz(db(), {
        slots: [{ questionId: (await lessonQuestionIds(db(), "armed-attack", "essay"))[0]!, marks: 4 }, { questionId: (await lessonQuestionIds(db(), "armed-attack", "short_answer"))[0]!, marks: 1 }],
        attemptsAllowed: 3,
        gradingMethod: "highest",
        reviewOptions: defaultReviewOptions,
      });
  const { attempt } = await startAttempt({ db: db(), user: learner, quizId: quiz.id });
  const items = await attemptItems({ db: db(), attemptId: attempt.id });
  const essay = items.find((item) => item.type === "essay")!;
  const short = items.find((item) => item.type === "short_answer")!;
  await saveAnswers({
    db: db(),
    user: learner,
    attemptId: attempt.id,
    request: {
      saves: [
        { attemptQuestionId: essay.attemptQuestionId, seq: 1, answer: { text: "Article 5 applies to an armed attack on an ally." }, flagged: false },
        { attemptQuestionId: short.attemptQuestionId, seq: 1, answer: { text: "definitely wrong" }, flagged: false },
      ],
    },
  });
  await submitAttempt({ db: db(), user: learner, attemptId: attempt.id });
  return { quizId: quiz.id, attemptId: attempt.id, essayId: essay.response.id, shortId: short.response.id };
}

describe(`grading (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("queues the essay anonymously, grades it with the rubric and updates the attempt total and the quiz grade", async () => {
    const { quizId, attemptId, essayId } = await submittedEssayAttempt(users.student1!);
    expect(await getAttempt({ db: db(), attemptId })).toMatchObject({ needsGrading: true, sumMarks: null });

    const queue = await loadGradingQueue({ db: db(), courseId, quizId });
    expect(queue.entries).toHaveLength(1);
    expect(queue.entries[0]).toMatchObject({ responseId: essayId, anonymousLabel: "Learner 1", learnerName: "Sam Student", graded: false });
    expect(queue.progress).toEqual({ graded: 0, total: 1, percent: 0 });

    const item = await loadGradingItem({ db: db(), courseId, quizId, responseId: essayId, grader: users.instructor!, groupBy: "question" });
    expect(item.rubric?.criteria.length).toBeGreaterThan(0);
    expect(item.answerText).toContain("Article 5");
    expect(item.deadline).toMatch(/Submitted by the learner/);
    const selections = Object.fromEntries(item.rubric!.criteria.map((criterion) => [criterion.key, criterion.levels[0]!.label]));

    await expect(saveManualGrade({ db: db(), courseId, quizId, grader: users.instructor!, change: { responseId: essayId, gradeVersion: item.response.gradeVersion, mark: 5, comment: "" }, selections: {} })).rejects.toBeInstanceOf(GradeInputError);
    await expect(
      saveManualGrade({ db: db(), courseId, quizId, grader: users.instructor!, change: { responseId: essayId, gradeVersion: item.response.gradeVersion, mark: 1, comment: "" }, selections: { [item.rubric!.criteria[0]!.key]: item.rubric!.criteria[0]!.levels[0]!.label, ...(item.rubric!.criteria.length > 1 ? {} : { stray: "x" }) } }),
    ).rejects.toBeInstanceOf(GradeInputError);

    await saveManualGrade({ db: db(), courseId, quizId, grader: users.instructor!, change: { responseId: essayId, gradeVersion: item.response.gradeVersion, mark: 3, comment: "Good use of Article 5." }, selections });
    const [stored] = await db().select().from(responses).where(eq(responses.id, essayId));
    expect(stored).toMatchObject({ state: "manually_graded", mark: 3, fraction: 0.75, comment: "Good use of Article 5.", gradeVersion: item.response.gradeVersion + 1 });
    const grades = await db().select().from(responseGrades).where(and(eq(responseGrades.responseId, essayId), eq(responseGrades.source, "manual")));
    expect(grades).toHaveLength(1);
    expect(grades[0]).toMatchObject({ gradedBy: users.instructor!.id, rubricSelections: selections, mark: 3 });
    const audit = await db().select().from(auditLog).where(eq(auditLog.entityId, essayId));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "grade", actorId: users.instructor!.id, courseId, before: { state: "needs_grading" }, after: { mark: 3 } });

    expect(await getAttempt({ db: db(), attemptId })).toMatchObject({ needsGrading: false, sumMarks: 3, maxMarks: 5 });
    expect((await getQuizGrade({ db: db(), quizId, userId: users.student1!.id }))?.grade).toBeCloseTo(0.6);
    expect((await loadGradingQueue({ db: db(), courseId, quizId })).progress).toEqual({ graded: 1, total: 1, percent: 100 });

    const review = await loadAttemptReview({ db: db(), user: users.student1!, attemptId });
    const reviewed = review.inProgress ? [] : review.items;
    expect(JSON.stringify(reviewed)).toContain("Good use of Article 5.");
  });

  it("refuses a stale save and keeps the first grader's grade", async () => {
    const { quizId, essayId, attemptId } = await submittedEssayAttempt(users.student2!);
    const first = await loadGradingItem({ db: db(), courseId, quizId, responseId: essayId, grader: users.instructor!, groupBy: "learner" });
    const second = await loadGradingItem({ db: db(), courseId, quizId, responseId: essayId, grader: { ...users.instructor!, id: users.outsider!.id, name: "Second Grader" }, groupBy: "learner" });
    expect(second.claimedBy?.name).toBe(users.instructor!.name);
    await saveManualGrade({ db: db(), courseId, quizId, grader: users.instructor!, change: { responseId: essayId, gradeVersion: first.response.gradeVersion, mark: 2, comment: "First" }, selections: {} });
    const stale = saveManualGrade({ db: db(), courseId, quizId, grader: users.instructor!, change: { responseId: essayId, gradeVersion: second.response.gradeVersion, mark: 4, comment: "Second" }, selections: {} });
    await expect(stale).rejects.toBeInstanceOf(StaleGradeError);
    await expect(stale).rejects.toThrow(/yours was not saved/);
    const [stored] = await db().select().from(responses).where(eq(responses.id, essayId));
    expect(stored).toMatchObject({ mark: 2, comment: "First" });
    expect(await getAttempt({ db: db(), attemptId })).toMatchObject({ sumMarks: 2 });
  });

  it("overrides an auto-graded mark with a reason in the audit log, and recomputes under the grading method", async () => {
    const { quizId, attemptId, shortId, essayId } = await submittedEssayAttempt(users.student1!);
    const loaded = await loadAttemptForOverride({ db: db(), courseId, quizId, attemptId });
    const short = loaded.items.find((entry) => entry.responseId === shortId)!;
    expect(short).toMatchObject({ state: "auto_graded", mark: 0, source: "auto" });

    await expect(overrideGrade({ db: db(), courseId, quizId, grader: users.instructor!, change: { responseId: shortId, gradeVersion: short.gradeVersion, mark: 1, comment: "" }, reason: " " })).rejects.toBeInstanceOf(GradeInputError);
    await expect(saveManualGrade({ db: db(), courseId, quizId, grader: users.instructor!, change: { responseId: shortId, gradeVersion: short.gradeVersion, mark: 1, comment: "" }, selections: {} })).rejects.toBeInstanceOf(PublicError);
    await overrideGrade({ db: db(), courseId, quizId, grader: users.instructor!, change: { responseId: shortId, gradeVersion: short.gradeVersion, mark: 1, comment: "Your wording is accepted." }, reason: "Accepted an equivalent wording" });

    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.entityId, shortId), eq(auditLog.action, "override")));
    expect(entry).toMatchObject({ actorId: users.instructor!.id, reason: "Accepted an equivalent wording", before: { mark: 0 }, after: { mark: 1, comment: "Your wording is accepted." } });
    expect((await db().select().from(responseGrades).where(and(eq(responseGrades.responseId, shortId), eq(responseGrades.source, "override"))))[0]).toMatchObject({ mark: 1, gradedBy: users.instructor!.id });
    // Still waiting for the essay: no total yet, and the learner's grade is the best graded attempt (0.6 from the first test).
    expect(await getAttempt({ db: db(), attemptId })).toMatchObject({ needsGrading: true, sumMarks: null });
    const after = await loadAttemptForOverride({ db: db(), courseId, quizId, attemptId });
    expect(after.items.find((item) => item.responseId === shortId)?.history.map((item) => item.action)).toEqual(["override"]);

    const essay = after.items.find((item) => item.responseId === essayId)!;
    await saveManualGrade({ db: db(), courseId, quizId, grader: users.instructor!, change: { responseId: essayId, gradeVersion: essay.gradeVersion, mark: 4, comment: "" }, selections: {} });
    expect(await getAttempt({ db: db(), attemptId })).toMatchObject({ needsGrading: false, sumMarks: 5 });
    expect((await getQuizGrade({ db: db(), quizId, userId: users.student1!.id }))?.grade).toBe(1);
  });

  it("recomputes an attempt's total leaving out dropped questions", async () => {
    const { attemptId, quizId } = await submittedEssayAttempt(users.student2!);
    const items = await attemptItems({ db: db(), attemptId });
    const essay = items.find((item) => item.type === "essay")!;
    await db().update(attemptQuestions).set({ dropped: "removed" }).where(eq(attemptQuestions.id, essay.attemptQuestionId));
    const result = await recomputeAttemptGrade({ db: db(), attemptId, now: new Date() });
    expect(result).toMatchObject({ sumMarks: 0, needsGrading: false, quizGrade: 0 });
    expect(await getAttempt({ db: db(), attemptId })).toMatchObject({ sumMarks: 0, maxMarks: 1, needsGrading: false });
    expect((await loadGradingQueue({ db: db(), courseId, quizId })).entries).toHaveLength(0);
  });

  it("queues any answer an instructor sends for review, and counts it graded once a person grades it", async () => {
    const { quizId, shortId, essayId, attemptId } = await submittedEssayAttempt(users.student2!);
    const ungradedBefore = (await loadGradingQueue({ db: db(), courseId, quizId })).entries.filter((entry) => !entry.graded).length;
    await requestReview({ db: db(), courseId, quizId, responseId: shortId, grader: users.instructor! });
    const queue = await loadGradingQueue({ db: db(), courseId, quizId });
    expect(queue.entries.find((entry) => entry.responseId === shortId)).toMatchObject({ graded: false });
    expect(queue.entries.filter((entry) => !entry.graded)).toHaveLength(ungradedBefore + 1);
    const item = await loadGradingItem({ db: db(), courseId, quizId, responseId: shortId, grader: users.instructor!, groupBy: "learner" });
    expect(item).toMatchObject({ rubric: null, answerText: "definitely wrong", maxMark: 1 });
    await saveManualGrade({ db: db(), courseId, quizId, grader: users.instructor!, change: { responseId: shortId, gradeVersion: item.response.gradeVersion, mark: 0.5, comment: "Half right." }, selections: {} });
    expect((await loadGradingQueue({ db: db(), courseId, quizId })).entries.find((entry) => entry.responseId === shortId)).toMatchObject({ graded: true });
    expect((await loadAttemptForOverride({ db: db(), courseId, quizId, attemptId })).items.find((entry) => entry.responseId === shortId)?.history.map((entry) => entry.action)).toEqual(["review_requested", "grade"]);
    expect(essayId).toBeTruthy();
  });

  it("refuses students and other courses' instructors", async () => {
    const { quizId, essayId, attemptId } = await submittedEssayAttempt(users.student1!);
    const guardsFor = (user: CurrentUser) => createGuards({ getDb: async () => db(), getSessionClaims: async () => ({ id: user.id, role: user.role, sessionVersion: 0 }) });
    await expect(guardsFor(users.student1!).requireCourseInstructor(demoCourse.slug)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(guardsFor(users.outsider!).requireCourseInstructor(demoCourse.slug)).rejects.toBeInstanceOf(ForbiddenError);
    // Admitted to their own course, the outsider still cannot reach this course's quiz, attempt or answer.
    await expect(guardsFor(users.outsider!).requireCourseInstructor(world.otherCourseSlug)).resolves.toBeTruthy();
    await expect(loadGradingQueue({ db: db(), courseId: otherCourseId, quizId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadGradingItem({ db: db(), courseId: otherCourseId, quizId, responseId: essayId, grader: users.outsider!, groupBy: "question" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadAttemptForOverride({ db: db(), courseId: otherCourseId, quizId, attemptId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveManualGrade({ db: db(), courseId: otherCourseId, quizId, grader: users.outsider!, change: { responseId: essayId, gradeVersion: 0, mark: 4, comment: "" }, selections: {} })).rejects.toBeInstanceOf(NotFoundError);
    await expect(overrideGrade({ db: db(), courseId: otherCourseId, quizId, grader: users.outsider!, change: { responseId: essayId, gradeVersion: 0, mark: 4, comment: "" }, reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(requestReview({ db: db(), courseId: otherCourseId, quizId, responseId: essayId, grader: users.outsider! })).rejects.toBeInstanceOf(NotFoundError);
    const [stored] = await db().select().from(responses).where(eq(responses.id, essayId));
    expect(stored).toMatchObject({ state: "needs_grading", mark: null });
  });

  it("hides a learner removed from the roster from the queue and the attempt list, and shows them again when they come back", async () => {
    const { quizId, attemptId, essayId } = await submittedEssayAttempt(users.student2!);
    const shown = async () => {
      const [queue, list] = await Promise.all([loadGradingQueue({ db: db(), courseId, quizId }), loadQuizAttempts({ db: db(), courseId, quizId })]);
      return { queued: queue.entries.map((entry) => entry.responseId), listed: list.attempts.map((attempt) => attempt.id) };
    };
    expect(await shown()).toEqual({ queued: [essayId], listed: [attemptId] });
    await db().transaction((tx) => markEnrollmentRemoved({ tx, courseId, userId: users.student2!.id, now: new Date() }));
    expect(await shown()).toEqual({ queued: [], listed: [] });
    // The records are kept: the answer is still there to grade when the learner is enrolled again.
    await db().transaction((tx) => upsertActiveEnrollment({ tx, courseId, userId: users.student2!.id, now: new Date() }));
    expect(await shown()).toEqual({ queued: [essayId], listed: [attemptId] });
  });
});
