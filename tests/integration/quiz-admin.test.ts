import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignInstructor, enrollLearner } from "@/db/queries/courses";
import { listCourseQuizzes, listQuizSlots } from "@/db/queries/quiz-admin";
import { createUser, getUserByEmail } from "@/db/queries/users";
import { accommodations, attemptQuestions, attempts, courses, lessons, questionTags, questionVersions, questions, quizzes, units } from "@/db/schema";
import { demoCourse, seedDemo } from "@/db/seed";
import { syncContent } from "@/db/sync-content";
import { defaultReviewOptions } from "@/lib/attempts/review-visibility";
import { loadContent } from "@/lib/content/load";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { accommodationMessages } from "@/lib/quizzes/accommodation-form";
import { poolTooSmallMessage } from "@/lib/quizzes/pool-capacity";
import { quizMessages, type QuizInput } from "@/lib/quizzes/quiz-input";
import { removeAccommodation, saveAccommodation } from "@/server/accommodations/manage";
import { listQuizAccommodations } from "@/server/accommodations/views";
import { createGuards } from "@/server/auth/guards";
import { QuizChangeNeedsConfirmation } from "@/server/quizzes/change-impact";
import { QuizInputError } from "@/server/quizzes/errors";
import { createQuiz, getQuizForEdit, loadSlotChoices, updateQuiz } from "@/server/quizzes/quiz-admin";
import { openFreshDatabase } from "./fresh-database";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
const people: Record<string, { id: string; role: "student" | "instructor" | "admin"; sessionVersion: number }> = {};
let courseId: string;
let otherCourseId: string;
let lessonIds: string[];
let questionIds: string[];
let tagId: string;
let foreignQuestionId: string;

beforeAll(async () => {
  database = await openFreshDatabase();
  const db = database.db;
  await seedDemo({ db, password: "quiz-admin-password" });
  await syncContent({ db, documents: loadContent(path.resolve("content")), courseSlug: demoCourse.slug });
  const [course] = await db.select().from(courses).where(eq(courses.slug, demoCourse.slug));
  courseId = course!.id;
  const [other] = await db.insert(courses).values({ slug: "other-course", title: "Other", joinCode: "OTHER999" }).returning();
  otherCourseId = other!.id;
  await createUser({ db, user: { email: "other-instructor@rampart.test", name: "Olga Other", role: "instructor", passwordHash: "scrypt$unused" } });
  await createUser({ db, user: { email: "outsider@rampart.test", name: "Otto Outsider", role: "student", passwordHash: "scrypt$unused" } });
  for (const name of ["admin", "instructor", "student1", "student2", "other-instructor", "outsider"]) {
    const user = (await getUserByEmail({ db, email: `${name}@rampart.test` }))!;
    people[name] = { id: user.id, role: user.role, sessionVersion: user.sessionVersion };
  }
  await assignInstructor({ db, courseId: otherCourseId, userId: people["other-instructor"]!.id });
  await enrollLearner({ db, courseId: otherCourseId, userId: people.outsider!.id });

  const lessonRows = await db
    .select({ id: lessons.id })
    .from(lessons)
    .innerJoin(units, eq(units.id, lessons.unitId))
    .where(eq(units.courseId, courseId))
    .orderBy(asc(units.position), asc(lessons.position));
  lessonIds = lessonRows.map((row) => row.id);
  const questionRows = await db.select({ id: questions.id }).from(questions).where(eq(questions.lessonId, lessonIds[0]!)).orderBy(asc(questions.externalId));
  questionIds = questionRows.map((row) => row.id);
  const [tagged] = await db.select({ tagId: questionTags.tagId }).from(questionTags).where(eq(questionTags.questionId, questionIds[0]!));
  tagId = tagged!.tagId;
  const [foreign] = await db.insert(questions).values({ courseId: otherCourseId, type: "true_false" }).returning();
  foreignQuestionId = foreign!.id;
});
afterAll(() => database?.close());

function quizInput(overrides: Partial<QuizInput> = {}): QuizInput {
  return {
    title: "Week 1 check",
    instructions: "One attempt counts.",
    status: "draft",
    timeLimitSeconds: 8,
    opensAt: new Date("2026-06-01T09:00:00Z"),
    closesAt: new Date("2026-06-08T17:00:00Z"),
    attemptsAllowed: 2,
    gradingMethod: "highest",
    shuffleQuestions: false,
    shuffleOptions: true,
    reviewOptions: defaultReviewOptions,
    slots: [
      { kind: "fixed", questionId: questionIds[0]!, marks: 2 },
      { kind: "lesson", lessonId: lessonIds[1]!, marks: 1 },
      { kind: "tag", tagId, marks: 0.5 },
    ],
    ...overrides,
  };
}

function guardsFor(name: string) {
  const person = people[name]!;
  return createGuards({ getDb: async () => database.db, getSessionClaims: async () => ({ id: person.id, role: person.role, sessionVersion: person.sessionVersion }) });
}

describe(`quiz administration (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("creates a quiz with its slots in order, and lists it", async () => {
    const db = database.db;
    const quizId = await createQuiz({ db, courseId, createdBy: people.instructor!.id, input: quizInput() });
    const { quiz, slots, attempts: attemptCount } = await getQuizForEdit({ db, courseId, quizId });
    expect(quiz).toMatchObject({ title: "Week 1 check", timeLimitSeconds: 8, attemptsAllowed: 2, createdBy: people.instructor!.id, reviewOptions: defaultReviewOptions });
    expect(quiz.closesAt?.toISOString()).toBe("2026-06-08T17:00:00.000Z");
    expect(slots.map((slot) => [slot.position, slot.kind, slot.questionId, slot.randomLessonId, slot.randomTagId, slot.marks])).toEqual([
      [1, "fixed", questionIds[0], null, null, 2],
      [2, "random", null, lessonIds[1], null, 1],
      [3, "random", null, null, tagId, 0.5],
    ]);
    expect(attemptCount).toBe(0);
    const listed = await listCourseQuizzes({ db, courseId });
    expect(listed.find((row) => row.id === quizId)).toMatchObject({ slots: 3, status: "draft" });
  });

  it("offers the course's questions grouped by lesson, its lessons and its tags", async () => {
    const choices = await loadSlotChoices({ db: database.db, courseId });
    expect(choices.questionGroups.length).toBe(15);
    expect(choices.questionGroups[0]!.options.map((option) => option.value)).toEqual(questionIds);
    expect(choices.questionGroups[0]!.options[0]!.label).toMatch(/^(Single choice|Multiple response|True\/false|Short answer|Numerical|Matching|Ordering|Essay): /);
    expect(choices.lessons.map((lesson) => lesson.value)).toEqual(lessonIds);
    expect(choices.tags.some((tag) => tag.value === tagId)).toBe(true);
  });

  it("refuses slots that draw from another course or from a retired question", async () => {
    const db = database.db;
    const [retired] = await db.insert(questions).values({ courseId, type: "essay", status: "retired" }).returning();
    const input = quizInput({
      slots: [
        { kind: "fixed", questionId: foreignQuestionId, marks: 1, ref: "s0" },
        { kind: "fixed", questionId: retired!.id, marks: 1, ref: "s1" },
        { kind: "lesson", lessonId: retired!.id, marks: 1, ref: "s2" },
      ],
    });
    const error = await createQuiz({ db, courseId, createdBy: null, input }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QuizInputError);
    expect((error as QuizInputError).fieldErrors).toEqual({
      "slots.s0.question": [quizMessages.questionNotInCourse],
      "slots.s1.question": [quizMessages.questionNotInCourse],
      "slots.s2.lesson": [quizMessages.lessonNotInCourse],
    });
    await expect(createQuiz({ db, courseId, createdBy: null, input: quizInput({ slots: [] }) })).rejects.toMatchObject({ fieldErrors: { slots: [quizMessages.noSlots] } });
  });

  it("refuses more random slots than their pool has questions to draw, counting the chosen ones out", async () => {
    const db = database.db;
    const pool = questionIds.length;
    const drawing = (count: number) => Array.from({ length: count }, (_, at) => ({ kind: "lesson" as const, lessonId: lessonIds[0]!, marks: 1, ref: `r${at}` }));
    // One of the lesson's questions is chosen outright: the random slots can share only the others.
    const chosen = { kind: "fixed" as const, questionId: questionIds[0]!, marks: 1, ref: "f" };
    const error = await createQuiz({ db, courseId, createdBy: null, input: quizInput({ slots: [chosen, ...drawing(pool)] }) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QuizInputError);
    expect((error as QuizInputError).fieldErrors).toEqual({ [`slots.r${pool - 1}.lesson`]: [poolTooSmallMessage(pool - 1, pool)] });
    await expect(createQuiz({ db, courseId, createdBy: null, input: quizInput({ slots: [chosen, ...drawing(pool - 1)] }) })).resolves.toBeTruthy();
  });

  it("replaces the slots on update without changing attempts already made", async () => {
    const db = database.db;
    const quizId = await createQuiz({ db, courseId, createdBy: null, input: quizInput({ title: "Pinned" }) });
    const [fixedSlot, lessonSlot] = await listQuizSlots({ db, quizId });
    const [version] = await db.select().from(questionVersions).where(eq(questionVersions.questionId, questionIds[0]!));
    const [attempt] = await db.insert(attempts).values({ quizId, userId: people.student1!.id, number: 1, maxMarks: 3 }).returning();
    await db.insert(attemptQuestions).values([
      { attemptId: attempt!.id, slotId: fixedSlot!.id, position: 1, questionId: questionIds[0]!, questionVersionId: version!.id, maxMark: 2 },
      { attemptId: attempt!.id, slotId: lessonSlot!.id, position: 2, questionId: questionIds[0]!, questionVersionId: version!.id, maxMark: 1 },
    ]);

    // The fixed question moves to the end with new marks, the lesson slot goes, a new question comes first.
    const input = quizInput({
      title: "Pinned, revised",
      status: "published",
      timeLimitSeconds: null,
      slots: [
        { kind: "fixed", questionId: questionIds[1]!, marks: 1 },
        { kind: "fixed", questionId: questionIds[0]!, marks: 5 },
      ],
    });
    // The quiz has an attempt: the change is explained first, and saved once confirmed.
    const asked = (await updateQuiz({ db, courseId, quizId, input }).catch((error: unknown) => error)) as QuizChangeNeedsConfirmation;
    expect(asked).toBeInstanceOf(QuizChangeNeedsConfirmation);
    expect(asked.items.map((item) => item.key)).toEqual(["slots", "timeLimit"]);
    await updateQuiz({ db, courseId, quizId, input, confirmed: asked.token });
    const { quiz, slots, attempts: attemptCount } = await getQuizForEdit({ db, courseId, quizId });
    expect(quiz).toMatchObject({ title: "Pinned, revised", status: "published", timeLimitSeconds: null });
    expect(slots.map((slot) => [slot.position, slot.questionId, slot.marks])).toEqual([
      [1, questionIds[1], 1],
      [2, questionIds[0], 5],
    ]);
    expect(slots[1]!.id).toBe(fixedSlot!.id);
    expect(attemptCount).toBe(1);
    const pinned = await db.select().from(attemptQuestions).where(eq(attemptQuestions.attemptId, attempt!.id)).orderBy(asc(attemptQuestions.position));
    expect(pinned.map((row) => [row.position, row.questionId, row.questionVersionId, row.maxMark, row.slotId])).toEqual([
      [1, questionIds[0], version!.id, 2, fixedSlot!.id],
      [2, questionIds[0], version!.id, 1, null],
    ]);
  });

  it("treats another course's quiz as missing", async () => {
    const db = database.db;
    const quizId = await createQuiz({ db, courseId, createdBy: null, input: quizInput({ title: "Ours" }) });
    await expect(updateQuiz({ db, courseId: otherCourseId, quizId, input: quizInput({ title: "Theirs" }) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getQuizForEdit({ db, courseId: otherCourseId, quizId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getQuizForEdit({ db, courseId, quizId: "not-a-uuid" })).rejects.toBeInstanceOf(NotFoundError);
    const [stored] = await db.select().from(quizzes).where(eq(quizzes.id, quizId));
    expect(stored?.title).toBe("Ours");
  });

  it("lets only the course's instructors and admins past the guard the quiz pages and actions use", async () => {
    await expect(guardsFor("student1").requireCourseInstructor(demoCourse.slug)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(guardsFor("other-instructor").requireCourseInstructor(demoCourse.slug)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(guardsFor("instructor").requireCourseInstructor(demoCourse.slug)).resolves.toMatchObject({ course: { id: courseId } });
    await expect(guardsFor("admin").requireCourseInstructor(demoCourse.slug)).resolves.toMatchObject({ course: { id: courseId } });
    // An instructor of another course passes only for that course, where this course's quizzes and questions do not exist.
    const { course: theirs } = await guardsFor("other-instructor").requireCourseInstructor("other-course");
    const quizId = await createQuiz({ db: database.db, courseId, createdBy: null, input: quizInput({ title: "Not theirs" }) });
    await expect(createQuiz({ db: database.db, courseId: theirs.id, createdBy: null, input: quizInput() })).rejects.toBeInstanceOf(QuizInputError);
    await expect(listQuizAccommodations({ db: database.db, guards: guardsFor("other-instructor"), courseSlug: "other-course", quizId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      saveAccommodation({ db: database.db, guards: guardsFor("other-instructor"), courseSlug: "other-course", quizId, input: { userId: people.student1!.id, scope: "quiz", timeMultiplier: 2, extraSeconds: null, extraAttempts: null, closesAt: null } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("accommodations", () => {
  let quizId: string;
  const none = { timeMultiplier: null, extraSeconds: null, extraAttempts: null, closesAt: null };
  beforeAll(async () => {
    quizId = await createQuiz({ db: database.db, courseId, createdBy: null, input: quizInput({ title: "With accommodations" }) });
  });

  async function rowsFor(userId: string) {
    return database.db.select().from(accommodations).where(and(eq(accommodations.courseId, courseId), eq(accommodations.userId, userId)));
  }

  it("upserts one row per learner for the quiz and one course-wide", async () => {
    const db = database.db;
    const userId = people.student1!.id;
    await saveAccommodation({ db, guards: guardsFor("instructor"), courseSlug: demoCourse.slug, quizId, input: { ...none, userId, scope: "quiz", timeMultiplier: 1.5 } });
    await saveAccommodation({ db, guards: guardsFor("instructor"), courseSlug: demoCourse.slug, quizId, input: { ...none, userId, scope: "quiz", extraSeconds: 600, extraAttempts: 1 } });
    await saveAccommodation({ db, guards: guardsFor("instructor"), courseSlug: demoCourse.slug, quizId, input: { ...none, userId, scope: "course", timeMultiplier: 2 } });
    await saveAccommodation({ db, guards: guardsFor("instructor"), courseSlug: demoCourse.slug, quizId, input: { ...none, userId, scope: "course", timeMultiplier: 1.25 } });
    const rows = await rowsFor(userId);
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.quizId === quizId)).toMatchObject({ timeMultiplier: null, extraSeconds: 600, extraAttempts: 1 });
    expect(rows.find((row) => row.quizId === null)).toMatchObject({ timeMultiplier: 1.25 });

    const { learners } = await listQuizAccommodations({ db, guards: guardsFor("instructor"), courseSlug: demoCourse.slug, quizId });
    expect(learners.map((entry) => entry.learner.email).sort()).toEqual(["student1@rampart.test", "student2@rampart.test"]);
    const student1 = learners.find((entry) => entry.learner.id === userId)!;
    expect(student1.applies?.quizId).toBe(quizId);
    expect(student1.course?.timeMultiplier).toBe(1.25);

    await expect(removeAccommodation({ db, guards: guardsFor("instructor"), courseSlug: demoCourse.slug, quizId, userId })).resolves.toBe(true);
    await expect(removeAccommodation({ db, guards: guardsFor("instructor"), courseSlug: demoCourse.slug, quizId, userId })).resolves.toBe(false);
    const after = await listQuizAccommodations({ db, guards: guardsFor("instructor"), courseSlug: demoCourse.slug, quizId });
    expect(after.learners.find((entry) => entry.learner.id === userId)?.applies?.quizId).toBeNull();
  });

  it("allows a later close only after the quiz's own close", async () => {
    const db = database.db;
    const userId = people.student2!.id;
    const early = { ...none, userId, scope: "quiz" as const, closesAt: new Date("2026-06-08T12:00:00Z") };
    await expect(saveAccommodation({ db, guards: guardsFor("instructor"), courseSlug: demoCourse.slug, quizId, input: early })).rejects.toMatchObject({
      fieldErrors: { closesAt: [accommodationMessages.closeNotLater("8 Jun 2026, 17:00 UTC")] },
    });
    await saveAccommodation({ db, guards: guardsFor("instructor"), courseSlug: demoCourse.slug, quizId, input: { ...early, closesAt: new Date("2026-06-10T12:00:00Z") } });
    expect((await rowsFor(userId))[0]?.closesAt?.toISOString()).toBe("2026-06-10T12:00:00.000Z");
  });

  it("refuses learners who are not enrolled, and accommodations that relax nothing", async () => {
    const db = database.db;
    await expect(saveAccommodation({ db, guards: guardsFor("instructor"), courseSlug: demoCourse.slug, quizId, input: { ...none, userId: people.outsider!.id, scope: "quiz", extraAttempts: 1 } })).rejects.toMatchObject({
      fieldErrors: { userId: [accommodationMessages.notEnrolled] },
    });
    await expect(saveAccommodation({ db, guards: guardsFor("instructor"), courseSlug: demoCourse.slug, quizId, input: { ...none, userId: people.student2!.id, scope: "quiz", timeMultiplier: 1 } })).rejects.toBeInstanceOf(QuizInputError);
  });
});
