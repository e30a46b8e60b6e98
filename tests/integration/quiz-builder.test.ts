import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptItems } from "@/db/queries/attempts";
import { enrollLearner } from "@/db/queries/courses";
import { listSubmittedAttempts } from "@/db/queries/grading";
import { getStoredQuestionVersions } from "@/db/queries/questions";
import { countQuizAttempts, getCourseQuiz, listQuizSlots, type QuizRow, type SlotRow } from "@/db/queries/quiz-admin";
import { getUserByEmail } from "@/db/queries/users";
import { attempts, auditLog, questionTags, quizGrades, quizzes, reviewCards, tags } from "@/db/schema";
import { demoCourse } from "@/db/seed";
import { NotFoundError } from "@/lib/errors";
import type { QuizInput } from "@/lib/quizzes/quiz-input";
import { fromStoredVersion } from "@/lib/questions";
import { loadAttemptReview } from "@/server/attempts/review";
import { saveAnswers } from "@/server/attempts/save";
import { startAttempt } from "@/server/attempts/start";
import { submitAttempt } from "@/server/attempts/submit";
import { createGuards, type CurrentUser } from "@/server/auth/guards";
import { buildGradebook } from "@/server/gradebook/gradebook";
import { QuizChangeNeedsConfirmation } from "@/server/quizzes/change-impact";
import { duplicateQuiz, setQuizStatus } from "@/server/quizzes/lifecycle";
import { startPreview } from "@/server/quizzes/preview";
import { updateQuiz } from "@/server/quizzes/quiz-admin";
import { loadAnalysisInput } from "@/server/statistics/load";
import { createTestQuiz, lessonQuestionIds } from "./quiz-fixture";
import { rightResponse } from "./right-response";
import { openTeachingWorld, type TeachingWorld } from "./teaching-world";

let world: TeachingWorld;
const db = () => world.db;
const slug = demoCourse.slug;
let questionIds: string[];

async function guardsFor(user: CurrentUser) {
  const row = (await getUserByEmail({ db: db(), email: user.email }))!;
  return createGuards({ getDb: async () => db(), getSessionClaims: async () => ({ id: row.id, role: row.role, sessionVersion: row.sessionVersion }) });
}

/** An attempt answered right (or left blank) and handed in. */
async function takeQuiz(user: CurrentUser, quizId: string, { right }: { right: boolean }) {
  const { attempt } = await startAttempt({ db: db(), user, quizId });
  if (right) await answerRight(user, attempt.id);
  await submitAttempt({ db: db(), user, attemptId: attempt.id });
  return attempt.id;
}

async function answerRight(user: CurrentUser, attemptId: string) {
  const items = await attemptItems({ db: db(), attemptId });
  const versions = await getStoredQuestionVersions({ db: db(), versionIds: items.map((item) => item.questionVersionId) });
  const saves = items.map((item) => ({ attemptQuestionId: item.attemptQuestionId, seq: 1, answer: rightResponse(fromStoredVersion(versions.get(item.questionVersionId)!)), flagged: false }));
  await saveAnswers({ db: db(), user, attemptId, request: { saves } });
}

/** The stored quiz as the form would post it back unchanged. */
function inputOf(quiz: QuizRow, slots: SlotRow[]): QuizInput {
  return {
    ...quiz,
    slots: slots.map((slot) =>
      slot.questionId ? { kind: "fixed", questionId: slot.questionId, marks: slot.marks } : slot.randomLessonId ? { kind: "lesson", lessonId: slot.randomLessonId, marks: slot.marks } : { kind: "tag", tagId: slot.randomTagId!, marks: slot.marks },
    ),
  };
}

const audits = (action: string, entityId: string) => db().select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));

beforeAll(async () => {
  world = await openTeachingWorld("builder");
  // Questions marked on submission, so a right answer is full marks at once.
  questionIds = [...(await lessonQuestionIds(db(), "armed-attack", "single_choice")), ...(await lessonQuestionIds(db(), "armed-attack", "true_false")), ...(await lessonQuestionIds(db(), "eastern-flank", "true_false"))];
});
afterAll(() => world?.close());

describe("duplicating a quiz", () => {
  it("makes a draft copy with the same settings and slots, audited", async () => {
    const quiz = await createTestQuiz(db(), { title: "Midterm", attemptsAllowed: 2, gradingMethod: "last", timeLimitSeconds: 900, shuffleQuestions: true, slots: [{ questionId: questionIds[0]!, marks: 2.5 }, { randomLessonSlug: "armed-attack", marks: 1 }] });
    const copyId = await duplicateQuiz({ db: db(), guards: await guardsFor(world.users.instructor), courseSlug: slug, quizId: quiz.id });
    const copy = (await getCourseQuiz({ db: db(), courseId: world.courseId, quizId: copyId }))!;
    expect(copy).toMatchObject({ title: "Copy of Midterm", status: "draft", attemptsAllowed: 2, gradingMethod: "last", timeLimitSeconds: 900, shuffleQuestions: true, reviewOptions: quiz.reviewOptions });
    const strip = (slots: SlotRow[]) => slots.map(({ kind, questionId, randomLessonId, randomTagId, marks, position }) => ({ kind, questionId, randomLessonId, randomTagId, marks, position }));
    expect(strip(await listQuizSlots({ db: db(), quizId: copyId }))).toEqual(strip(await listQuizSlots({ db: db(), quizId: quiz.id })));
    expect(await audits("quiz_duplicated", copyId)).toEqual([expect.objectContaining({ actorId: world.users.instructor.id, before: { quizId: quiz.id, title: "Midterm" } })]);
  });
});

describe("publishing and unpublishing", () => {
  it("publishes a draft for learners; unpublishing stops new attempts, lets the one in progress be submitted and keeps grades", async () => {
    const guards = await guardsFor(world.users.instructor);
    const quiz = await createTestQuiz(db(), { status: "draft", slots: [{ questionId: questionIds[1]! }] });
    await expect(startAttempt({ db: db(), user: world.users.student1, quizId: quiz.id })).rejects.toBeInstanceOf(NotFoundError);
    await setQuizStatus({ db: db(), guards, courseSlug: slug, quizId: quiz.id, status: "published" });
    await takeQuiz(world.users.student1, quiz.id, { right: true });
    const { attempt: open } = await startAttempt({ db: db(), user: world.users.student2, quizId: quiz.id });

    await expect(setQuizStatus({ db: db(), guards, courseSlug: slug, quizId: quiz.id, status: "draft" })).resolves.toMatchObject({ status: "draft", inProgress: 1 });
    await expect(startAttempt({ db: db(), user: world.users.student1, quizId: quiz.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitAttempt({ db: db(), user: world.users.student2, attemptId: open.id })).resolves.toMatchObject({ state: "submitted" });
    const grades = await db().select().from(quizGrades).where(eq(quizGrades.quizId, quiz.id));
    expect(grades.find((row) => row.userId === world.users.student1.id)?.grade).toBe(1);
    expect((await audits("quiz_published", quiz.id)).length).toBe(1);
    expect(await audits("quiz_unpublished", quiz.id)).toEqual([expect.objectContaining({ before: { status: "published" }, after: { status: "draft", attemptsInProgress: 1 } })]);
  });
});

describe("previewing", () => {
  it("runs a draft, closed, used-up quiz for its instructor, shows marks and right answers, and counts nowhere", async () => {
    const instructor = world.users.instructor;
    // The random slot draws from true/false questions only: every lesson also holds an essay, which
    // would leave the total waiting for a grader whenever the draw picked it.
    const [autoMarked] = await db().insert(tags).values({ courseId: world.courseId, name: "preview-auto-marked" }).returning();
    await db().insert(questionTags).values(questionIds.slice(-2).map((questionId) => ({ questionId, tagId: autoMarked!.id })));
    const quiz = await createTestQuiz(db(), { status: "draft", attemptsAllowed: 1, closesAt: new Date(Date.now() - 3600_000), slots: [{ questionId: questionIds[2]!, marks: 2 }, { randomTagId: autoMarked!.id }] });
    const guards = await guardsFor(instructor);
    const first = await startPreview({ db: db(), guards, courseSlug: slug, quizId: quiz.id });
    await answerRight(instructor, first);
    await submitAttempt({ db: db(), user: instructor, attemptId: first });
    const second = await startPreview({ db: db(), guards, courseSlug: slug, quizId: quiz.id });
    expect(second).not.toBe(first);

    const [row] = await db().select().from(attempts).where(eq(attempts.id, first));
    expect(row).toMatchObject({ preview: true, state: "submitted", sumMarks: 3, maxMarks: 3 });
    const review = await loadAttemptReview({ db: db(), user: instructor, attemptId: first });
    expect(review.inProgress).toBe(false);
    if (!review.inProgress) {
      expect(review.visible).toEqual({ marks: true, correctness: true, feedback: true, rightAnswer: true });
      expect(review.attempt).toMatchObject({ preview: true, sumMarks: 3 });
      expect(review.quiz.url).toBe(`/teach/courses/${slug}/quizzes/${quiz.id}/edit`);
    }
    expect(await countQuizAttempts({ db: db(), quizId: quiz.id })).toBe(0);
    expect(await listSubmittedAttempts({ db: db(), quizId: quiz.id })).toEqual([]);
    expect(await db().select().from(quizGrades).where(eq(quizGrades.quizId, quiz.id))).toEqual([]);
    expect(await db().select().from(reviewCards).where(eq(reviewCards.userId, instructor.id))).toEqual([]);
    expect((await loadAnalysisInput({ db: db(), quizId: quiz.id })).attempts.filter((attempt) => !attempt.preview)).toEqual([]);
    const gradebook = await buildGradebook({ db: db(), courseId: world.courseId });
    expect(gradebook.rows.map((entry) => entry.userId)).not.toContain(instructor.id);
  });

  it("leaves room for the instructor's own attempts as a learner: numbers never clash with their previews", async () => {
    const instructor = world.users.instructor;
    const quiz = await createTestQuiz(db(), { attemptsAllowed: 1, slots: [{ questionId: questionIds[2]! }] });
    await startPreview({ db: db(), guards: await guardsFor(instructor), courseSlug: slug, quizId: quiz.id });
    await enrollLearner({ db: db(), courseId: world.courseId, userId: instructor.id });
    const { attempt } = await startAttempt({ db: db(), user: instructor, quizId: quiz.id });
    expect(attempt).toMatchObject({ preview: false, number: 2 });
    // The preview did not use up the one attempt allowed, and the attempt counts as the learner's.
    expect(await countQuizAttempts({ db: db(), quizId: quiz.id })).toBe(1);
  });
});

describe("changing a quiz that has attempts", () => {
  it("asks first, saves only the confirmed impact, recomputes quiz grades under a new method and never changes an attempt's marks", async () => {
    const quiz = await createTestQuiz(db(), { gradingMethod: "highest", slots: [{ questionId: questionIds[3]! }] });
    const blank = await takeQuiz(world.users.student1, quiz.id, { right: false });
    await takeQuiz(world.users.student1, quiz.id, { right: true });
    const [before] = await db().select().from(quizGrades).where(and(eq(quizGrades.quizId, quiz.id), eq(quizGrades.userId, world.users.student1.id)));
    expect(before?.grade).toBe(1);
    const slots = await listQuizSlots({ db: db(), quizId: quiz.id });
    const change = { ...inputOf(quiz, slots), gradingMethod: "first" as const };
    const save = (input: QuizInput, confirmed?: string) => updateQuiz({ db: db(), courseId: world.courseId, quizId: quiz.id, input, actorId: world.users.instructor.id, confirmed });

    const asked = await save(change).catch((error: unknown) => error);
    expect(asked).toBeInstanceOf(QuizChangeNeedsConfirmation);
    const { items, token } = asked as QuizChangeNeedsConfirmation;
    expect(items.map((item) => item.message)).toEqual([expect.stringContaining("1 learner's quiz grade will change")]);
    expect((await getCourseQuiz({ db: db(), courseId: world.courseId, quizId: quiz.id }))!.gradingMethod).toBe("highest");

    // A confirmation of a different change is not one for this change: asked again, nothing saved.
    const moreMarks = { ...change, slots: change.slots.map((slot) => ({ ...slot, marks: 4 })) };
    await expect(save(moreMarks, token)).rejects.toBeInstanceOf(QuizChangeNeedsConfirmation);
    expect((await listQuizSlots({ db: db(), quizId: quiz.id }))[0]!.marks).toBe(1);

    await save(change, token);
    expect((await getCourseQuiz({ db: db(), courseId: world.courseId, quizId: quiz.id }))!.gradingMethod).toBe("first");
    const [after] = await db().select().from(quizGrades).where(and(eq(quizGrades.quizId, quiz.id), eq(quizGrades.userId, world.users.student1.id)));
    expect(after?.grade).toBe(0);
    const marks = await db().select({ id: attempts.id, sumMarks: attempts.sumMarks }).from(attempts).where(eq(attempts.quizId, quiz.id));
    expect(marks.find((entry) => entry.id === blank)?.sumMarks).toBe(0);
    expect(marks.map((entry) => entry.sumMarks).sort()).toEqual([0, 1]);
    expect(await audits("quiz_grades_recomputed", quiz.id)).toEqual([
      expect.objectContaining({ before: { gradingMethod: "highest" }, after: { gradingMethod: "first", changed: [{ userId: world.users.student1.id, before: 1, after: 0 }] } }),
    ]);

    // The marks change: asked, then saved for later attempts only.
    const stale = (await save(moreMarks).catch((error: unknown) => error)) as QuizChangeNeedsConfirmation;
    expect(stale.items.map((item) => item.key)).toEqual(["slots"]);
    await save(moreMarks, stale.token);
    expect((await listQuizSlots({ db: db(), quizId: quiz.id }))[0]!.marks).toBe(4);
    const kept = await db().select({ maxMarks: attempts.maxMarks }).from(attempts).where(eq(attempts.quizId, quiz.id));
    expect(kept.map((entry) => entry.maxMarks)).toEqual([1, 1]);
  });

  it("saves without asking when nothing reaches the attempts, and a quiz without attempts never asks", async () => {
    const quiz = await createTestQuiz(db(), { slots: [{ questionId: questionIds[4]! }] });
    const slots = await listQuizSlots({ db: db(), quizId: quiz.id });
    await updateQuiz({ db: db(), courseId: world.courseId, quizId: quiz.id, input: { ...inputOf(quiz, slots), gradingMethod: "last", title: "Renamed" } });
    await takeQuiz(world.users.student2, quiz.id, { right: true });
    await updateQuiz({ db: db(), courseId: world.courseId, quizId: quiz.id, input: { ...inputOf(quiz, slots), gradingMethod: "last", title: "Renamed again", instructions: "Read carefully." } });
    const [saved] = await db().select().from(quizzes).where(eq(quizzes.id, quiz.id));
    expect(saved).toMatchObject({ title: "Renamed again", instructions: "Read carefully." });
  });
});
