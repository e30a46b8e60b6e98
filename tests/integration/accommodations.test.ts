import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptItems, getAttempt } from "@/db/queries/attempts";
import { demoCourse } from "@/db/seed";
import { auditLog } from "@/db/schema";
import { extendMessages } from "@/lib/attempts/extension";
import { NotFoundError, PublicError } from "@/lib/errors";
import { extendAttempt, loadRunningAttempts } from "@/server/accommodations/extend";
import { removeAccommodation, saveAccommodation } from "@/server/accommodations/manage";
import { loadLearnerAccommodations } from "@/server/accommodations/views";
import { readAttemptClock } from "@/server/attempts/clock";
import { finalizeOverdueAttempts } from "@/server/attempts/finalize";
import { saveAnswers } from "@/server/attempts/save";
import { startAttempt } from "@/server/attempts/start";
import { submitAttempt } from "@/server/attempts/submit";
import { guardsAs, noAdjustment, secondsAfter } from "./accommodation-world";
import { createTestQuiz, lessonQuestionIds } from "./quiz-fixture";
import { openTeachingWorld, type TeachingWorld } from "./teaching-world";

let world: TeachingWorld;
const slug = demoCourse.slug;
const instructor = () => guardsAs(world, world.users.instructor);
const quizWith = async (settings: Parameters<typeof createTestQuiz>[1] extends infer S ? Omit<S & object, "slots"> : never) =>
  createTestQuiz(world.db, { slots: (await lessonQuestionIds(world.db, "armed-attack")).slice(0, 2).map((questionId) => ({ questionId })), ...settings });
const auditOf = (entityType: string, entityId: string) => world.db.select().from(auditLog).where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));

beforeAll(async () => {
  world = await openTeachingWorld("accommodations");
});
afterAll(() => world?.close());

describe(`accommodations at attempt start (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("applies a course-wide accommodation to every timed quiz of the course, and a quiz's own row replaces it there", async () => {
    const [ten, twenty, untimed] = [await quizWith({ title: "Ten", timeLimitSeconds: 600 }), await quizWith({ title: "Twenty", timeLimitSeconds: 1200 }), await quizWith({ title: "Untimed", attemptsAllowed: 1 })];
    const learner = world.users.student1;
    await saveAccommodation({ db: world.db, guards: instructor(), courseSlug: slug, quizId: null, input: { ...noAdjustment, userId: learner.id, scope: "course", timeMultiplier: 1.5, extraSeconds: 60, extraAttempts: 1 } });
    await saveAccommodation({ db: world.db, guards: instructor(), courseSlug: slug, quizId: twenty.id, input: { ...noAdjustment, userId: learner.id, scope: "quiz", extraSeconds: 300 } });

    const now = new Date();
    const started: { user: typeof learner; attemptId: string }[] = [];
    const deadlineOf = async (quizId: string, user = learner) => {
      const { attempt } = await startAttempt({ db: world.db, user, quizId, now });
      started.push({ user, attemptId: attempt.id });
      return attempt.deadlineAt;
    };
    expect(await deadlineOf(ten.id)).toEqual(secondsAfter(now, 600 * 1.5 + 60));
    expect(await deadlineOf(twenty.id)).toEqual(secondsAfter(now, 1200 + 300));
    expect(await deadlineOf(untimed.id)).toBeNull();
    expect(await deadlineOf(ten.id, world.users.student2)).toEqual(secondsAfter(now, 600));

    // The course-wide extra attempt reaches the untimed quiz too: a second attempt where the quiz allows one.
    const first = await startAttempt({ db: world.db, user: learner, quizId: untimed.id, now });
    await submitAttempt({ db: world.db, user: learner, attemptId: first.attempt.id, now });
    await expect(startAttempt({ db: world.db, user: learner, quizId: untimed.id, now })).resolves.toMatchObject({ created: true, attempt: { number: 2 } });
    await expect(startAttempt({ db: world.db, user: world.users.student2, quizId: untimed.id, now }).then(async ({ attempt }) => {
      await submitAttempt({ db: world.db, user: world.users.student2, attemptId: attempt.id, now });
      return startAttempt({ db: world.db, user: world.users.student2, quizId: untimed.id, now });
    })).rejects.toBeInstanceOf(PublicError);
    for (const { user, attemptId } of started) await submitAttempt({ db: world.db, user, attemptId, now });
  });

  it("shows the learner's course-wide and per-quiz accommodations on their page, and refuses a learner not enrolled", async () => {
    const page = await loadLearnerAccommodations({ db: world.db, guards: instructor(), courseSlug: slug, userId: world.users.student1.id });
    expect(page.courseWide).toMatchObject({ timeMultiplier: 1.5, extraSeconds: 60, extraAttempts: 1 });
    expect(page.perQuiz.map((entry) => entry.quizTitle)).toEqual(["Twenty"]);
    expect(page.quizzes.map((quiz) => quiz.title)).toEqual(expect.arrayContaining(["Ten", "Twenty", "Untimed"]));
    await expect(loadLearnerAccommodations({ db: world.db, guards: instructor(), courseSlug: slug, userId: world.users.outsider.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadLearnerAccommodations({ db: world.db, guards: instructor(), courseSlug: slug, userId: "not-a-uuid" })).rejects.toBeInstanceOf(NotFoundError);

    await expect(removeAccommodation({ db: world.db, guards: instructor(), courseSlug: slug, userId: world.users.student1.id, quizId: page.perQuiz[0]!.quizId })).resolves.toBe(true);
    await expect(removeAccommodation({ db: world.db, guards: instructor(), courseSlug: slug, userId: world.users.student1.id, quizId: null })).resolves.toBe(true);
    expect(await loadLearnerAccommodations({ db: world.db, guards: instructor(), courseSlug: slug, userId: world.users.student1.id })).toMatchObject({ courseWide: null, perQuiz: [] });
  });
});

describe("saving an accommodation while an attempt is under way", () => {
  it("lengthens the running attempt to what the new rules give, never shortens it, and audits both", async () => {
    const quiz = await quizWith({ title: "Running", timeLimitSeconds: 600 });
    const learner = world.users.student2;
    const now = new Date();
    const { attempt } = await startAttempt({ db: world.db, user: learner, quizId: quiz.id, now });
    expect(attempt.deadlineAt).toEqual(secondsAfter(now, 600));

    const saved = await saveAccommodation({ db: world.db, guards: instructor(), courseSlug: slug, quizId: null, input: { ...noAdjustment, userId: learner.id, scope: "course", timeMultiplier: 2 } });
    expect(saved.lengthened).toBe(1);
    expect((await getAttempt({ db: world.db, attemptId: attempt.id }))!.deadlineAt).toEqual(secondsAfter(now, 1200));

    const smaller = await saveAccommodation({ db: world.db, guards: instructor(), courseSlug: slug, quizId: quiz.id, input: { ...noAdjustment, userId: learner.id, scope: "quiz", timeMultiplier: 1.25 } });
    expect(smaller.lengthened).toBe(0);
    await expect(removeAccommodation({ db: world.db, guards: instructor(), courseSlug: slug, userId: learner.id, quizId: null })).resolves.toBe(true);
    await expect(removeAccommodation({ db: world.db, guards: instructor(), courseSlug: slug, userId: learner.id, quizId: null })).resolves.toBe(false);
    expect((await getAttempt({ db: world.db, attemptId: attempt.id }))!.deadlineAt).toEqual(secondsAfter(now, 1200));

    expect((await auditOf("attempt", attempt.id)).map((entry) => [entry.action, entry.reason])).toEqual([["attempt_deadline_extended", "accommodation saved"]]);
    expect((await auditOf("user", learner.id)).map((entry) => entry.action)).toEqual(["accommodation_saved", "accommodation_saved", "accommodation_removed"]);
    await submitAttempt({ db: world.db, user: learner, attemptId: attempt.id });
  });
});

describe("extend now", () => {
  it("moves the deadline under the attempt's lock; saves, the clock and the deadline sweep all read the new one", async () => {
    const quiz = await quizWith({ title: "One minute", timeLimitSeconds: 60 });
    const learner = world.users.student1;
    const start = new Date();
    const { attempt } = await startAttempt({ db: world.db, user: learner, quizId: quiz.id, now: start });
    const running = await loadRunningAttempts({ db: world.db, guards: instructor(), courseSlug: slug, quizId: quiz.id, now: start });
    expect(running.attempts).toEqual([expect.objectContaining({ id: attempt.id, name: learner.name, secondsLeft: 60 })]);

    const { deadlineAt } = await extendAttempt({ db: world.db, guards: instructor(), courseSlug: slug, quizId: quiz.id, attemptId: attempt.id, minutes: 5, now: secondsAfter(start, 30) });
    expect(deadlineAt).toEqual(secondsAfter(start, 360));
    const [entry] = await auditOf("attempt", attempt.id);
    expect(entry).toMatchObject({ action: "attempt_deadline_extended", actorId: world.users.instructor.id, before: { deadlineAt: secondsAfter(start, 60).toISOString() }, after: { deadlineAt: deadlineAt.toISOString() } });

    // Two minutes in: past the old deadline, inside the new one.
    const later = secondsAfter(start, 120);
    const [question] = await attemptItems({ db: world.db, attemptId: attempt.id });
    const saved = await saveAnswers({ db: world.db, user: learner, attemptId: attempt.id, request: { saves: [{ attemptQuestionId: question!.attemptQuestionId, seq: 1, answer: null, flagged: true }] }, now: later });
    expect(saved).toMatchObject({ results: [{ status: "saved" }], deadlineAt: deadlineAt.toISOString() });
    await expect(readAttemptClock({ db: world.db, guards: guardsAs(world, learner), attemptId: attempt.id, now: later })).resolves.toMatchObject({ deadlineAt: deadlineAt.toISOString(), state: "in_progress" });
    await finalizeOverdueAttempts({ db: world.db, now: secondsAfter(start, 300) });
    expect((await getAttempt({ db: world.db, attemptId: attempt.id }))!.state).toBe("in_progress");

    await finalizeOverdueAttempts({ db: world.db, now: secondsAfter(start, 400) });
    expect((await getAttempt({ db: world.db, attemptId: attempt.id }))).toMatchObject({ state: "submitted", submittedBy: "deadline", submittedAt: deadlineAt });
    await expect(readAttemptClock({ db: world.db, guards: guardsAs(world, learner), attemptId: attempt.id })).resolves.toMatchObject({ state: "submitted", reviewUrl: `/attempts/${attempt.id}/review` });
    await expect(extendAttempt({ db: world.db, guards: instructor(), courseSlug: slug, quizId: quiz.id, attemptId: attempt.id, minutes: 5 })).rejects.toThrow(extendMessages.submitted);
  });

  it("refuses an attempt of another quiz, an untimed one, one whose time is up, and minutes out of bounds, changing nothing", async () => {
    const timed = await quizWith({ title: "Timed", timeLimitSeconds: 60 });
    const other = await quizWith({ title: "Other", timeLimitSeconds: 60 });
    const untimed = await quizWith({ title: "No limit" });
    const start = new Date();
    const { attempt } = await startAttempt({ db: world.db, user: world.users.student2, quizId: timed.id, now: start });
    const { attempt: open } = await startAttempt({ db: world.db, user: world.users.student2, quizId: untimed.id, now: start });
    const extend = (quizId: string, attemptId: string, minutes: number, now = start) => extendAttempt({ db: world.db, guards: instructor(), courseSlug: slug, quizId, attemptId, minutes, now });

    await expect(extend(other.id, attempt.id, 5)).rejects.toBeInstanceOf(NotFoundError);
    await expect(extend(timed.id, "00000000-0000-4000-8000-000000000000", 5)).rejects.toBeInstanceOf(NotFoundError);
    await expect(extend(timed.id, "-".repeat(36), 5)).rejects.toBeInstanceOf(NotFoundError);
    await expect(extend(untimed.id, open.id, 5)).rejects.toThrow(extendMessages.untimed);
    await expect(extend(timed.id, attempt.id, 0)).rejects.toThrow(extendMessages.minutes);
    await expect(extend(timed.id, attempt.id, 241)).rejects.toThrow(extendMessages.minutes);
    await expect(extend(timed.id, attempt.id, 5, secondsAfter(start, 120))).rejects.toThrow(extendMessages.timeUp);
    expect((await getAttempt({ db: world.db, attemptId: attempt.id }))!.deadlineAt).toEqual(secondsAfter(start, 60));
    expect(await auditOf("attempt", attempt.id)).toEqual([]);
  });
});
