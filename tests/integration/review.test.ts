import path from "node:path";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrollLearner, getCourseBySlug } from "@/db/queries/courses";
import { saveReviewCard } from "@/db/queries/practice";
import { listLessonQuestions, type StoredQuestion } from "@/db/queries/questions";
import { listCourseReviewCards } from "@/db/queries/review";
import { getUserByEmail } from "@/db/queries/users";
import { courses, lessons, questions, reviewCards, units } from "@/db/schema";
import { demoCourse, seedDemo } from "@/db/seed";
import { syncContent } from "@/db/sync-content";
import { loadContent } from "@/lib/content/load";
import { NotFoundError, PublicError } from "@/lib/errors";
import { fromStoredVersion, type Question } from "@/lib/questions";
import { answerPool } from "@/lib/questions/matching";
import { lessonMastery } from "@/lib/review/mastery";
import { scheduleReview } from "@/lib/review/schedule";
import type { CurrentUser } from "@/server/auth/guards";
import { answerPractice } from "@/server/practice/practice";
import { answerReview, loadCourseReview, loadReviewSession } from "@/server/review/review";
import { openFreshDatabase } from "./fresh-database";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
const users: Record<string, CurrentUser> = {};
let courseId: string;
let otherCourseId: string;
let lessonId: string;
let lessonQuestions: StoredQuestion[];

const t0 = new Date("2026-12-01T10:00:00Z");
const dayMs = 24 * 60 * 60 * 1000;
const daysAfter = (days: number) => new Date(t0.getTime() + days * dayMs);

async function lessonIdOf(course: string, slug: string) {
  const [row] = await database.db
    .select({ id: lessons.id })
    .from(lessons)
    .innerJoin(units, eq(units.id, lessons.unitId))
    .where(and(eq(units.courseId, course), eq(lessons.slug, slug)));
  return row!.id;
}

/** A full-marks response, or one that earns nothing, built from the stored key. */
function responseFor(question: Question, right: boolean): unknown {
  switch (question.type) {
    case "single_choice":
      return { choice: question.options.find((option) => (right ? option.fraction === 1 : option.fraction <= 0))!.key };
    case "multiple_response":
      return { choices: question.options.filter((option) => (right ? option.fraction > 0 : option.fraction <= 0)).map((option) => option.key) };
    case "true_false":
      return { value: right ? question.answer : !question.answer };
    case "short_answer":
      return { text: right ? question.answers[0]!.text.replace(/\\\*/g, "*") : "certainly not this" };
    case "numerical":
      return { text: right ? String(question.answers[0]!.value) : "-987654321" };
    case "matching": {
      const pool = answerPool(question);
      const rightIds = question.pairs.map((pair) => pool.find((answer) => answer.text === pair.answer)!.id);
      // Wrong: every prompt gets the answer meant for the next one.
      return { pairs: Object.fromEntries(question.pairs.map((pair, index) => [pair.id, rightIds[right ? index : (index + 1) % rightIds.length]])) };
    }
    case "ordering":
      return { order: right ? question.items.map((item) => item.id) : question.items.map((item) => item.id).toReversed() };
    case "essay":
      return { text: "An essay." };
  }
}

const autoGraded = () => lessonQuestions.filter((question) => question.type !== "essay");

/** The learner practises every question of the lesson at `at`: the first one wrong, the others right. */
async function practiseLesson(user: CurrentUser, lesson: string, at: Date) {
  const roundId = randomUUID();
  for (const [index, question] of (await listLessonQuestions({ db: database.db, lessonId: lesson })).entries()) {
    const response = responseFor(fromStoredVersion(question), index !== 0 || question.type === "essay");
    await answerPractice({ db: database.db, user, input: { lessonId: lesson, roundId, versionId: question.versionId, response }, now: at });
  }
}

beforeAll(async () => {
  database = await openFreshDatabase();
  await seedDemo({ db: database.db, password: "review-test-1" });
  const documents = loadContent(path.resolve("content"));
  await syncContent({ db: database.db, documents, courseSlug: demoCourse.slug });
  courseId = (await getCourseBySlug({ db: database.db, slug: demoCourse.slug }))!.id;
  // A second course with one of the same documents: its cards must never show in the first.
  const [other] = await database.db.insert(courses).values({ slug: "other-course", title: "Other course", joinCode: "OTHER123" }).returning();
  otherCourseId = other!.id;
  await syncContent({ db: database.db, documents: documents.slice(0, 1), courseSlug: "other-course" });

  for (const name of ["student1", "student2", "instructor"]) {
    const user = (await getUserByEmail({ db: database.db, email: `${name}@rampart.test` }))!;
    users[name] = { id: user.id, email: user.email, name: user.name, role: user.role };
  }
  await enrollLearner({ db: database.db, courseId: otherCourseId, userId: users.student1!.id });
  lessonId = await lessonIdOf(courseId, "armed-attack");
  lessonQuestions = await listLessonQuestions({ db: database.db, lessonId });
  expect(lessonQuestions[0]!.type).not.toBe("essay");

  await practiseLesson(users.student1!, lessonId, t0);
  await practiseLesson(users.student2!, lessonId, t0);
  const [otherLesson] = await database.db
    .select({ id: lessons.id })
    .from(lessons)
    .innerJoin(units, eq(units.id, lessons.unitId))
    .where(eq(units.courseId, otherCourseId))
    .limit(1);
  await practiseLesson(users.student1!, otherLesson!.id, t0);
});
afterAll(() => database?.close());

describe(`spaced review (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("serves nothing right after practice, and says when the first question comes back (a day after a wrong answer)", async () => {
    const session = await loadReviewSession({ db: database.db, user: users.student1!, courseId, now: daysAfter(0.01) });
    expect(session).toMatchObject({ cards: autoGraded().length, due: 0, questions: [] });
    expect(session.nextDue).toEqual(daysAfter(1));
    expect(session.nextReview).toBe("tomorrow");
  });

  it("serves the learner's own due cards in this course only, earliest due first, without keys", async () => {
    const early = await loadReviewSession({ db: database.db, user: users.student1!, courseId, now: daysAfter(1) });
    expect(early.due).toBe(1);
    expect(early.questions.map((question) => question.versionId)).toEqual([lessonQuestions[0]!.versionId]);

    const later = await loadReviewSession({ db: database.db, user: users.student1!, courseId, now: daysAfter(5) });
    expect(later.due).toBe(autoGraded().length);
    expect(later.questions[0]!.versionId).toBe(lessonQuestions[0]!.versionId);
    expect(new Set(later.questions.map((question) => question.versionId))).toEqual(new Set(autoGraded().map((question) => question.versionId)));
    const own = await database.db.select({ id: reviewCards.id }).from(reviewCards).where(eq(reviewCards.userId, users.student1!.id));
    expect(own.length).toBeGreaterThan(later.questions.length);
    expect(later.questions.every((question) => own.some((card) => card.id === question.cardId))).toBe(true);

    const sent = JSON.stringify(later.questions);
    for (const question of lessonQuestions) {
      expect(sent).not.toContain(question.explanation);
      for (const option of question.options) if (option.feedback) expect(sent).not.toContain(option.feedback);
    }
  });

  it("leaves out essays, retired questions and unpublished lessons", async () => {
    const essay = lessonQuestions.find((question) => question.type === "essay")!;
    const [retired] = autoGraded().slice(-1);
    await saveReviewCard({ db: database.db, userId: users.student1!.id, questionId: essay.questionId, lessonId, card: scheduleReview(null, 1, t0) });
    await database.db.update(questions).set({ status: "retired" }).where(eq(questions.id, retired!.questionId));
    const withoutRetired = await loadReviewSession({ db: database.db, user: users.student1!, courseId, now: daysAfter(5) });
    expect(withoutRetired.questions.map((question) => question.versionId)).not.toContain(retired!.versionId);
    expect(withoutRetired.questions.map((question) => question.versionId)).not.toContain(essay.versionId);
    expect(withoutRetired.due).toBe(autoGraded().length - 1);
    await database.db.update(questions).set({ status: "active" }).where(eq(questions.id, retired!.questionId));

    await database.db.update(lessons).set({ status: "draft" }).where(eq(lessons.id, lessonId));
    expect(await loadReviewSession({ db: database.db, user: users.student1!, courseId, now: daysAfter(5) })).toMatchObject({ cards: 0, due: 0, questions: [] });
    await database.db.update(lessons).set({ status: "published" }).where(eq(lessons.id, lessonId));
  });

  it("grades an answer and moves the card later, further after a right answer than a wrong one", async () => {
    const at = daysAfter(5);
    const session = await loadReviewSession({ db: database.db, user: users.student1!, courseId, now: at });
    const [first, second] = session.questions;
    const before = await listCourseReviewCards({ db: database.db, userId: users.student1!.id, courseId });
    const stored = (versionId: string) => lessonQuestions.find((question) => question.versionId === versionId)!;

    const right = await answerReview({ db: database.db, user: users.student1!, input: { courseId, cardId: first!.cardId, versionId: first!.versionId, response: responseFor(fromStoredVersion(stored(first!.versionId)), true) }, now: at });
    expect(right.result).toMatchObject({ status: "graded", fraction: 1 });
    expect(right.explanation).toBe(stored(first!.versionId).explanation);
    expect(right.rightAnswer.length).toBeGreaterThan(0);
    const wrong = await answerReview({ db: database.db, user: users.student1!, input: { courseId, cardId: second!.cardId, versionId: second!.versionId, response: responseFor(fromStoredVersion(stored(second!.versionId)), false) }, now: at });
    expect(wrong.result).toMatchObject({ status: "graded", fraction: 0 });

    const after = await listCourseReviewCards({ db: database.db, userId: users.student1!.id, courseId });
    const dueOf = (cards: typeof after, cardId: string) => cards.find((card) => card.id === cardId)!;
    const rightCard = dueOf(after, first!.cardId);
    const wrongCard = dueOf(after, second!.cardId);
    expect(rightCard.due.getTime()).toBeGreaterThan(at.getTime());
    expect(rightCard.due.getTime()).toBeGreaterThan(dueOf(before, first!.cardId).due.getTime());
    expect(rightCard.reps).toBe(dueOf(before, first!.cardId).reps + 1);
    expect(rightCard.lastReview).toEqual(at);
    // A wrong answer brings the card back sooner than a right one would have.
    expect(wrongCard.due.getTime()).toBeGreaterThan(at.getTime());
    expect(wrongCard.due.getTime()).toBeLessThan(scheduleReview(dueOf(before, second!.cardId), 1, at).due.getTime());
    expect(wrongCard.lapses).toBe(dueOf(before, second!.cardId).lapses + 1);
    expect(right.nextReview).toMatch(/^in \d+ days$/);

    const next = await loadReviewSession({ db: database.db, user: users.student1!, courseId, now: at });
    expect(next.due).toBe(session.due - 2);
    expect(next.questions.map((question) => question.cardId)).not.toContain(first!.cardId);
  });

  it("refuses a card answered already, another learner's card, another question's version, and anyone not enrolled", async () => {
    const at = daysAfter(5);
    const [card] = (await loadReviewSession({ db: database.db, user: users.student1!, courseId, now: at })).questions;
    const stored = lessonQuestions.find((question) => question.versionId === card!.versionId)!;
    const input = { courseId, cardId: card!.cardId, versionId: card!.versionId, response: responseFor(fromStoredVersion(stored), true) };

    await expect(answerReview({ db: database.db, user: users.student2!, input, now: at })).rejects.toBeInstanceOf(NotFoundError);
    await expect(answerReview({ db: database.db, user: users.instructor!, input, now: at })).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadReviewSession({ db: database.db, user: users.instructor!, courseId, now: at })).rejects.toBeInstanceOf(NotFoundError);
    await expect(answerReview({ db: database.db, user: users.student1!, input: { ...input, courseId: otherCourseId }, now: at })).rejects.toBeInstanceOf(NotFoundError);
    const otherVersion = lessonQuestions.find((question) => question.questionId !== stored.questionId)!.versionId;
    await expect(answerReview({ db: database.db, user: users.student1!, input: { ...input, versionId: otherVersion }, now: at })).rejects.toBeInstanceOf(NotFoundError);
    await expect(answerReview({ db: database.db, user: users.student1!, input: { ...input, response: { nonsense: true } }, now: at })).rejects.toBeInstanceOf(PublicError);

    await answerReview({ db: database.db, user: users.student1!, input, now: at });
    await expect(answerReview({ db: database.db, user: users.student1!, input, now: at })).rejects.toThrow(/answered already/);
  });

  it("computes each lesson's mastery from the stored cards, and counts only this course's cards", async () => {
    const early = await loadCourseReview({ db: database.db, user: users.student2!, courseId, now: daysAfter(0.1) });
    // FSRS trusts even the wrong answer for a few hours, the right one having just been shown.
    expect(early.mastery.get(lessonId)).toEqual({ practised: autoGraded().length, percent: 100 });
    expect(early).toMatchObject({ cards: autoGraded().length, due: 0 });

    const now = daysAfter(2);
    const stored = await database.db.select().from(reviewCards).where(and(eq(reviewCards.userId, users.student2!.id), eq(reviewCards.lessonId, lessonId)));
    const review = await loadCourseReview({ db: database.db, user: users.student2!, courseId, now });
    const expected = Math.floor(lessonMastery(stored, now) * 100);
    expect(expected).toBe(Math.floor(((autoGraded().length - 1) / autoGraded().length) * 100));
    expect(review.mastery.get(lessonId)).toEqual({ practised: stored.length, percent: expected });
    expect(review.mastery.size).toBe(1);
    expect(review).toMatchObject({ cards: autoGraded().length, due: 1 });

    const student1 = await loadCourseReview({ db: database.db, user: users.student1!, courseId, now });
    expect(student1.cards).toBe(autoGraded().length);
    const inOther = await loadCourseReview({ db: database.db, user: users.student1!, courseId: otherCourseId, now });
    expect(inOther.cards).toBeGreaterThan(0);
    expect([...inOther.mastery.keys()]).not.toContain(lessonId);
  });
});
