import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptItems, getAttempt, getQuizGrade } from "@/db/queries/attempts";
import { getStoredQuestionVersions } from "@/db/queries/questions";
import { getUserByEmail } from "@/db/queries/users";
import { demoCourse, seedDemo } from "@/db/seed";
import { syncContent } from "@/db/sync-content";
import { accommodations, attemptQuestions, responseGrades, responses, reviewCards } from "@/db/schema";
import { loadContent } from "@/lib/content/load";
import { NotFoundError, PublicError } from "@/lib/errors";
import { fromStoredVersion } from "@/lib/questions";
import type { CurrentUser } from "@/server/auth/guards";
import { openFreshDatabase } from "@/tests/integration/fresh-database";
import { createTestQuiz, demoCourseId, lessonQuestionIds } from "@/tests/integration/quiz-fixture";
import { rightResponse } from "@/tests/integration/right-response";
import { AttemptOverError } from "./errors";
import { finalizeOverdueAttempts } from "./finalize";
import { loadQuizOverview } from "./overview";
import { loadAttemptReview } from "./review";
import { saveAnswers } from "./save";
import { startAttempt } from "./start";
import { submitAttempt } from "./submit";
import { loadAttemptForLearner } from "./take";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
const users: Record<string, CurrentUser> = {};
const db = () => database.db;

beforeAll(async () => {
  database = await openFreshDatabase();
  await seedDemo({ db: db(), password: "attempt-test-1" });
  await syncContent({ db: db(), documents: loadContent(path.resolve("content")), courseSlug: demoCourse.slug });
  for (const name of ["student1", "student2", "instructor"]) {
    const user = (await getUserByEmail({ db: db(), email: `${name}@rampart.test` }))!;
    users[name] = { id: user.id, email: user.email, name: user.name, role: user.role };
  }
});
afterAll(() => database?.close());

const student = () => users.student1!;
const seconds = (base: Date, by: number) => new Date(base.getTime() + by * 1000);

/** The right answer to every question of the attempt, keyed by attempt question. */
async function rightAnswers(attemptId: string) {
  const items = await attemptItems({ db: db(), attemptId });
  const versions = await getStoredQuestionVersions({ db: db(), versionIds: items.map((item) => item.questionVersionId) });
  return items.map((item) => ({ id: item.attemptQuestionId, type: item.type, answer: rightResponse(fromStoredVersion(versions.get(item.questionVersionId)!)) }));
}

describe(`attempts (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("starts once: the deadline is the earlier of the limit and the close, and a second start continues the same attempt", async () => {
    const now = new Date();
    const quiz = await createTestQuiz(db(), { slots: (await lessonQuestionIds(db(), "armed-attack")).slice(0, 3).map((questionId) => ({ questionId })), timeLimitSeconds: 600, closesAt: seconds(now, 300) });
    const first = await startAttempt({ db: db(), user: student(), quizId: quiz.id, now });
    expect(first.created).toBe(true);
    expect(first.attempt.deadlineAt?.getTime()).toBe(seconds(now, 300).getTime());
    const again = await startAttempt({ db: db(), user: student(), quizId: quiz.id, now: seconds(now, 1) });
    expect(again).toMatchObject({ created: false, attempt: { id: first.attempt.id } });
    const both = await Promise.all([startAttempt({ db: db(), user: users.student2!, quizId: quiz.id, now }), startAttempt({ db: db(), user: users.student2!, quizId: quiz.id, now })]);
    expect(both[0].attempt.id).toBe(both[1].attempt.id);
  });

  it("keeps the newer of two saves that arrive out of order, whether one after the other or at once", async () => {
    const quiz = await createTestQuiz(db(), { slots: (await lessonQuestionIds(db(), "armed-attack", "short_answer")).map((questionId) => ({ questionId })) });
    const { attempt } = await startAttempt({ db: db(), user: student(), quizId: quiz.id });
    const [item] = await attemptItems({ db: db(), attemptId: attempt.id });
    const save = (seq: number, text: string) => saveAnswers({ db: db(), user: student(), attemptId: attempt.id, request: { saves: [{ attemptQuestionId: item!.attemptQuestionId, seq, answer: { text }, flagged: false }] } });

    expect((await save(5, "newer")).results[0]).toMatchObject({ status: "saved", seq: 5 });
    expect((await save(4, "older")).results[0]).toMatchObject({ status: "stale", seq: 4 });
    expect((await save(5, "retry")).results[0]).toMatchObject({ status: "stale" });

    const outcomes = await Promise.all([save(9, "ninth"), save(8, "eighth"), save(7, "seventh")]);
    expect(outcomes.flatMap((outcome) => outcome.results.map((result) => result.status)).filter((status) => status === "saved").length).toBeGreaterThanOrEqual(1);
    const [stored] = await db().select().from(responses).where(eq(responses.attemptQuestionId, item!.attemptQuestionId));
    expect(stored).toMatchObject({ answer: { text: "ninth" }, clientSeq: 9 });
  });

  it("never keeps an answer that submission did not mark: a save racing a submit either counts or is refused", async () => {
    const [questionId] = await lessonQuestionIds(db(), "armed-attack", "true_false");
    const quiz = await createTestQuiz(db(), { slots: [{ questionId: questionId! }] });
    const user = users.student2!;
    for (let round = 0; round < 6; round++) {
      const { attempt } = await startAttempt({ db: db(), user, quizId: quiz.id });
      const [right] = await rightAnswers(attempt.id);
      const wrong = { value: !(right!.answer as { value: boolean }).value };
      const save = (seq: number, answer: unknown) => saveAnswers({ db: db(), user, attemptId: attempt.id, request: { saves: [{ attemptQuestionId: right!.id, seq, answer, flagged: false }] } });
      await save(1, wrong);
      const [late] = await Promise.allSettled([save(2, right!.answer), submitAttempt({ db: db(), user, attemptId: attempt.id })]);
      const [stored] = await db().select().from(responses).where(eq(responses.attemptQuestionId, right!.id));
      const counted = late.status === "fulfilled" && late.value.results[0]?.status === "saved";
      expect(stored).toMatchObject(counted ? { clientSeq: 2, fraction: 1 } : { clientSeq: 1, fraction: 0 });
    }
  });

  it("refuses answers a question type cannot read, and answers to questions of other attempts, with a message", async () => {
    const quiz = await createTestQuiz(db(), { slots: (await lessonQuestionIds(db(), "armed-attack", "single_choice")).slice(0, 1).map((questionId) => ({ questionId })) });
    const { attempt } = await startAttempt({ db: db(), user: student(), quizId: quiz.id });
    const [item] = await attemptItems({ db: db(), attemptId: attempt.id });
    const result = await saveAnswers({
      db: db(),
      user: student(),
      attemptId: attempt.id,
      request: {
        saves: [
          { attemptQuestionId: item!.attemptQuestionId, seq: 1, answer: { choice: 7 }, flagged: false },
          { attemptQuestionId: "00000000-0000-4000-8000-000000000000", seq: 1, answer: null, flagged: true },
        ],
      },
    });
    expect(result.results).toEqual([
      expect.objectContaining({ status: "invalid", message: expect.stringMatching(/cannot be read/) }),
      expect.objectContaining({ status: "invalid", message: "That question is not part of this attempt." }),
    ]);
    await expect(saveAnswers({ db: db(), user: users.student2!, attemptId: attempt.id, request: { saves: [{ attemptQuestionId: item!.attemptQuestionId, seq: 2, answer: null, flagged: false }] } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitAttempt({ db: db(), user: users.student2!, attemptId: attempt.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("marks on submit, once however many submissions race, and schedules every marked question for review", async () => {
    const quiz = await createTestQuiz(db(), { slots: (await lessonQuestionIds(db(), "eastern-flank")).filter((_, index) => index < 4).map((questionId) => ({ questionId, marks: 2 })) });
    const user = users.student2!;
    const { attempt } = await startAttempt({ db: db(), user, quizId: quiz.id });
    const answers = await rightAnswers(attempt.id);
    await saveAnswers({ db: db(), user, attemptId: attempt.id, request: { saves: answers.map((entry) => ({ attemptQuestionId: entry.id, seq: 1, answer: entry.answer, flagged: false })) } });
    const results = await Promise.all([1, 2, 3].map(() => submitAttempt({ db: db(), user, attemptId: attempt.id })));
    expect(results.every((result) => result.state === "submitted" && result.submittedBy === "learner")).toBe(true);

    const stored = (await getAttempt({ db: db(), attemptId: attempt.id }))!;
    const essays = answers.filter((entry) => entry.type === "essay").length;
    expect(stored).toMatchObject({ state: "submitted", maxMarks: 8, needsGrading: essays > 0 });
    if (essays === 0) expect(stored.sumMarks).toBe(8);
    const [grades] = await db()
      .select({ n: count() })
      .from(responseGrades)
      .innerJoin(responses, eq(responses.id, responseGrades.responseId))
      .innerJoin(attemptQuestions, eq(attemptQuestions.id, responses.attemptQuestionId))
      .where(eq(attemptQuestions.attemptId, attempt.id));
    expect(grades?.n).toBe(4 - essays);
    const cards = await db().select().from(reviewCards).where(eq(reviewCards.userId, user.id));
    expect(cards.length).toBeGreaterThanOrEqual(4 - essays);
    expect((await getQuizGrade({ db: db(), quizId: quiz.id, userId: user.id }))?.grade).toBe(essays === 0 ? 1 : null);
    await expect(saveAnswers({ db: db(), user, attemptId: attempt.id, request: { saves: [{ attemptQuestionId: answers[0]!.id, seq: 2, answer: null, flagged: false }] } })).rejects.toMatchObject({ code: "finished" });
  });

  it("leaves an attempt with a written essay awaiting grading, with no total", async () => {
    const [essayId] = await lessonQuestionIds(db(), "armed-attack", "essay");
    const [choiceId] = await lessonQuestionIds(db(), "armed-attack", "single_choice");
    const quiz = await createTestQuiz(db(), { slots: [{ questionId: choiceId! }, { questionId: essayId!, marks: 5 }] });
    const { attempt } = await startAttempt({ db: db(), user: student(), quizId: quiz.id });
    const answers = await rightAnswers(attempt.id);
    await saveAnswers({ db: db(), user: student(), attemptId: attempt.id, request: { saves: answers.map((entry) => ({ attemptQuestionId: entry.id, seq: 1, answer: entry.answer, flagged: false })) } });
    await submitAttempt({ db: db(), user: student(), attemptId: attempt.id });
    expect(await getAttempt({ db: db(), attemptId: attempt.id })).toMatchObject({ needsGrading: true, sumMarks: null, maxMarks: 6 });
    const review = await loadAttemptReview({ db: db(), user: student(), attemptId: attempt.id });
    if (review.inProgress) throw new Error("expected a review");
    expect(review.items.map((item) => item.outcome)).toEqual(answers.map((entry) => (entry.type === "essay" ? "awaiting_grading" : "correct")));
  });

  it("refuses saves after the deadline, hands the attempt in dated at the deadline, and the sweep catches abandoned ones", async () => {
    const quiz = await createTestQuiz(db(), { slots: (await lessonQuestionIds(db(), "armed-attack", "true_false")).map((questionId) => ({ questionId })), timeLimitSeconds: 5 });
    const start = new Date();
    const { attempt } = await startAttempt({ db: db(), user: student(), quizId: quiz.id, now: start });
    const [item] = await attemptItems({ db: db(), attemptId: attempt.id });
    const save = (seq: number, at: Date) => saveAnswers({ db: db(), user: student(), attemptId: attempt.id, now: at, request: { saves: [{ attemptQuestionId: item!.attemptQuestionId, seq, answer: { value: true }, flagged: false }] } });
    expect((await save(1, seconds(start, 4))).results[0]?.status).toBe("saved");
    const late = save(2, seconds(start, 30));
    await expect(late).rejects.toBeInstanceOf(AttemptOverError);
    await expect(late).rejects.toMatchObject({ code: "past_deadline", message: expect.stringMatching(/after the deadline/) });
    const stored = (await getAttempt({ db: db(), attemptId: attempt.id }))!;
    expect(stored).toMatchObject({ state: "submitted", submittedBy: "deadline" });
    expect(stored.submittedAt?.getTime()).toBe(seconds(start, 5).getTime());
    const [response] = await db().select().from(responses).where(eq(responses.attemptQuestionId, item!.attemptQuestionId));
    expect(response).toMatchObject({ clientSeq: 1, answer: { value: true } });

    const abandoned = await startAttempt({ db: db(), user: users.student2!, quizId: quiz.id, now: start });
    expect(await finalizeOverdueAttempts({ db: db(), now: seconds(start, 4) })).toBe(0);
    expect(await finalizeOverdueAttempts({ db: db(), now: seconds(start, 60) })).toBeGreaterThanOrEqual(1);
    expect(await getAttempt({ db: db(), attemptId: abandoned.attempt.id })).toMatchObject({ state: "submitted", submittedBy: "deadline" });
    expect(await loadAttemptForLearner({ db: db(), user: student(), attemptId: attempt.id })).toMatchObject({ over: true });
  });

  it("keeps to the window and the attempt limit, relaxed by an accommodation", async () => {
    const now = new Date();
    const slots = (await lessonQuestionIds(db(), "armed-attack", "true_false")).map((questionId) => ({ questionId }));
    const later = await createTestQuiz(db(), { slots, opensAt: seconds(now, 3600) });
    await expect(startAttempt({ db: db(), user: student(), quizId: later.id, now })).rejects.toThrow(/opens on/);
    const closed = await createTestQuiz(db(), { slots, closesAt: seconds(now, -60) });
    await expect(startAttempt({ db: db(), user: student(), quizId: closed.id, now })).rejects.toThrow(/closed on/);

    const once = await createTestQuiz(db(), { slots, attemptsAllowed: 1 });
    const { attempt } = await startAttempt({ db: db(), user: student(), quizId: once.id });
    await submitAttempt({ db: db(), user: student(), attemptId: attempt.id });
    const refused = startAttempt({ db: db(), user: student(), quizId: once.id });
    await expect(refused).rejects.toBeInstanceOf(PublicError);
    await expect(refused).rejects.toThrow("You have already used your only attempt at this quiz.");
    expect((await loadQuizOverview({ db: db(), user: student(), quizId: once.id })).canStart).toMatchObject({ ok: false, reason: "no_attempts_left" });

    await db().insert(accommodations).values({ courseId: await demoCourseId(db()), userId: student().id, quizId: once.id, extraAttempts: 1, timeMultiplier: 2 });
    const second = await startAttempt({ db: db(), user: student(), quizId: once.id });
    expect(second.attempt.number).toBe(2);
  });

  it("draws random questions without repeating them across a learner's attempts", async () => {
    const pool = await lessonQuestionIds(db(), "eastern-flank");
    const quiz = await createTestQuiz(db(), { slots: [{ randomLessonSlug: "eastern-flank" }, { randomLessonSlug: "eastern-flank" }] });
    const seen = new Set<string>();
    for (let round = 0; round < Math.floor(pool.length / 2); round++) {
      const { attempt } = await startAttempt({ db: db(), user: users.student2!, quizId: quiz.id });
      for (const item of await attemptItems({ db: db(), attemptId: attempt.id })) {
        expect(seen.has(item.questionId)).toBe(false);
        seen.add(item.questionId);
      }
      await submitAttempt({ db: db(), user: users.student2!, attemptId: attempt.id });
    }
    expect(seen.size).toBe(Math.floor(pool.length / 2) * 2);
  });

  it("shows in review only what the settings allow at that moment", async () => {
    const [choiceId] = await lessonQuestionIds(db(), "armed-attack", "single_choice");
    const nothing = { marks: false, correctness: false, feedback: false, rightAnswer: false };
    const everything = { marks: true, correctness: true, feedback: true, rightAnswer: true };
    const quiz = await createTestQuiz(db(), {
      slots: [{ questionId: choiceId! }],
      reviewOptions: { during: nothing, immediately: { ...nothing, marks: true }, open: nothing, closed: everything },
      closesAt: seconds(new Date(), 3600),
    });
    const { attempt } = await startAttempt({ db: db(), user: student(), quizId: quiz.id });
    const [answer] = await rightAnswers(attempt.id);
    await saveAnswers({ db: db(), user: student(), attemptId: attempt.id, request: { saves: [{ attemptQuestionId: answer!.id, seq: 1, answer: answer!.answer, flagged: false }] } });
    await submitAttempt({ db: db(), user: student(), attemptId: attempt.id });
    const reviewAt = async (now: Date, user = student()) => {
      const review = await loadAttemptReview({ db: db(), user, attemptId: attempt.id, now });
      if (review.inProgress) throw new Error("expected a review");
      return review;
    };
    const now = new Date();
    const immediately = await reviewAt(now);
    expect(immediately.moment).toBe("immediately");
    expect(immediately.items[0]).toMatchObject({ marks: { mark: 1, maxMark: 1 } });
    expect(immediately.items[0]).not.toHaveProperty("outcome");
    expect(immediately.items[0]).not.toHaveProperty("feedback");
    expect(immediately.items[0]).not.toHaveProperty("rightAnswer");
    const open = await reviewAt(seconds(now, 600));
    expect(open.items[0]).not.toHaveProperty("marks");
    expect(open.attempt).not.toHaveProperty("sumMarks");
    const closed = await reviewAt(seconds(now, 7200));
    expect(closed.items[0]).toMatchObject({ outcome: "correct", rightAnswer: expect.any(String), feedback: expect.any(Object) });
    expect((await reviewAt(seconds(now, 600), users.instructor!)).items[0]).toHaveProperty("rightAnswer");
    await expect(loadAttemptReview({ db: db(), user: users.student2!, attemptId: attempt.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});
