import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAttempt } from "@/db/queries/attempts";
import { demoCourse } from "@/db/seed";
import { accommodations, type Quiz } from "@/db/schema";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { accommodationMessages } from "@/lib/quizzes/accommodation-form";
import type { CurrentUser } from "@/server/auth/guards";
import { extendAttempt, loadRunningAttempts } from "@/server/accommodations/extend";
import { removeAccommodation, saveAccommodation } from "@/server/accommodations/manage";
import { listQuizAccommodations, loadLearnerAccommodations } from "@/server/accommodations/views";
import { readAttemptClock } from "@/server/attempts/clock";
import { startAttempt } from "@/server/attempts/start";
import { guardsAs, noAdjustment } from "./accommodation-world";
import { createTestQuiz, lessonQuestionIds } from "./quiz-fixture";
import { openTeachingWorld, type TeachingWorld } from "./teaching-world";

/**
 * Every action of accommodations and "Extend now", called by each kind of caller: anonymous, a
 * learner, an instructor of another course, and an admin. Only the course's staff manage them; the
 * attempt's clock is its owner's alone, admins included out.
 */

let world: TeachingWorld;
let quiz: Quiz;
let attemptId: string;
const slug = demoCourse.slug;
type Guards = ReturnType<typeof guardsAs>;

beforeAll(async () => {
  world = await openTeachingWorld("accommodations-auth");
  quiz = await createTestQuiz(world.db, { title: "Guarded", timeLimitSeconds: 600, slots: (await lessonQuestionIds(world.db, "armed-attack")).slice(0, 2).map((questionId) => ({ questionId })) });
  attemptId = (await startAttempt({ db: world.db, user: world.users.student2, quizId: quiz.id })).attempt.id;
});
afterAll(() => world?.close());

const learner = () => world.users.student1.id;
const staffCalls = {
  loadLearnerAccommodations: (guards: Guards, courseSlug = slug) => loadLearnerAccommodations({ db: world.db, guards, courseSlug, userId: learner() }),
  listQuizAccommodations: (guards: Guards, courseSlug = slug) => listQuizAccommodations({ db: world.db, guards, courseSlug, quizId: quiz.id }),
  saveCourseWide: (guards: Guards, courseSlug = slug) =>
    saveAccommodation({ db: world.db, guards, courseSlug, quizId: null, input: { ...noAdjustment, userId: learner(), scope: "course", extraSeconds: 300 } }),
  savePerQuiz: (guards: Guards, courseSlug = slug) =>
    saveAccommodation({ db: world.db, guards, courseSlug, quizId: quiz.id, input: { ...noAdjustment, userId: learner(), scope: "quiz", timeMultiplier: 1.5 } }),
  removePerQuiz: (guards: Guards, courseSlug = slug) => removeAccommodation({ db: world.db, guards, courseSlug, userId: learner(), quizId: quiz.id }),
  removeCourseWide: (guards: Guards, courseSlug = slug) => removeAccommodation({ db: world.db, guards, courseSlug, userId: learner(), quizId: null }),
  loadRunningAttempts: (guards: Guards, courseSlug = slug) => loadRunningAttempts({ db: world.db, guards, courseSlug, quizId: quiz.id }),
  extendAttempt: (guards: Guards, courseSlug = slug) => extendAttempt({ db: world.db, guards, courseSlug, quizId: quiz.id, attemptId, minutes: 5 }),
};
const clock = (guards: Guards) => readAttemptClock({ db: world.db, guards, attemptId });

async function nothingChanged(deadline: Date | null) {
  expect(await world.db.select().from(accommodations).where(eq(accommodations.userId, learner()))).toEqual([]);
  expect((await getAttempt({ db: world.db, attemptId }))!.deadlineAt).toEqual(deadline);
}

describe("authorization: every accommodation action, by who calls it", () => {
  it.each([
    ["anonymous", (): CurrentUser | null => null, UnauthenticatedError],
    ["a learner of the course", (): CurrentUser | null => world.users.student1, ForbiddenError],
    ["an instructor of another course", (): CurrentUser | null => world.users.outsider, ForbiddenError],
  ] as const)("refuses %s every staff action, changing nothing", async (_who, who, error) => {
    const guards = guardsAs(world, who());
    const deadline = (await getAttempt({ db: world.db, attemptId }))!.deadlineAt;
    for (const call of Object.values(staffCalls)) await expect(call(guards)).rejects.toBeInstanceOf(error);
    await nothingChanged(deadline);
  });

  it("lets the other course's instructor reach neither this quiz, nor this learner, nor this attempt through their own course", async () => {
    const guards = guardsAs(world, world.users.outsider);
    const deadline = (await getAttempt({ db: world.db, attemptId }))!.deadlineAt;
    const { saveCourseWide, removeCourseWide, ...byQuizOrLearner } = staffCalls;
    for (const call of Object.values(byQuizOrLearner)) await expect(call(guards, world.otherCourseSlug)).rejects.toBeInstanceOf(NotFoundError);
    // Course-wide names no quiz: the learner is refused as not enrolled there, and there is nothing of theirs to remove.
    await expect(saveCourseWide(guards, world.otherCourseSlug)).rejects.toMatchObject({ fieldErrors: { userId: [accommodationMessages.notEnrolled] } });
    await expect(removeCourseWide(guards, world.otherCourseSlug)).resolves.toBe(false);
    await nothingChanged(deadline);
  });

  it("gives the attempt's clock to its owner alone: anonymous is asked to sign in, everyone else finds nothing", async () => {
    await expect(clock(guardsAs(world, world.users.student2))).resolves.toMatchObject({ state: "in_progress", reviewUrl: `/attempts/${attemptId}/review` });
    await expect(clock(guardsAs(world, null))).rejects.toBeInstanceOf(UnauthenticatedError);
    for (const someone of [world.users.student1, world.users.outsider, world.users.instructor, world.users.admin]) {
      await expect(clock(guardsAs(world, someone))).rejects.toBeInstanceOf(NotFoundError);
    }
    for (const notAnId of ["../../etc", "-".repeat(36)]) {
      await expect(readAttemptClock({ db: world.db, guards: guardsAs(world, world.users.student2), attemptId: notAnId })).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it.each([
    ["the course's instructor", (): CurrentUser => world.users.instructor],
    ["an admin", (): CurrentUser => world.users.admin],
  ] as const)("lets %s do every staff action", async (_who, who) => {
    const guards = guardsAs(world, who());
    const before = (await getAttempt({ db: world.db, attemptId }))!.deadlineAt!;
    await expect(staffCalls.loadLearnerAccommodations(guards)).resolves.toMatchObject({ learner: { id: learner() } });
    await expect(staffCalls.listQuizAccommodations(guards)).resolves.toMatchObject({ quiz: { id: quiz.id } });
    await expect(staffCalls.saveCourseWide(guards)).resolves.toMatchObject({ row: { quizId: null, extraSeconds: 300 } });
    await expect(staffCalls.savePerQuiz(guards)).resolves.toMatchObject({ row: { quizId: quiz.id, timeMultiplier: 1.5 } });
    await expect(staffCalls.loadRunningAttempts(guards)).resolves.toMatchObject({ attempts: [{ id: attemptId }] });
    await expect(staffCalls.extendAttempt(guards)).resolves.toMatchObject({ deadlineAt: new Date(before.getTime() + 5 * 60_000) });
    await expect(staffCalls.removePerQuiz(guards)).resolves.toBe(true);
    await expect(staffCalls.removeCourseWide(guards)).resolves.toBe(true);
  });
});
