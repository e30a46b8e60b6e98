import type { Database } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/grading";
import {
  countQuizAttempts,
  findCourseSlotTargets,
  getCourseQuiz,
  insertQuizWithSlots,
  listCourseQuizzes,
  listLessonChoices,
  listQuestionChoices,
  listQuizSlots,
  listTagChoices,
  replaceQuizWithSlots,
  type NewSlotRow,
} from "@/db/queries/quiz-admin";
import { poolQuestionIds } from "@/db/queries/attempts";
import { NotFoundError } from "@/lib/errors";
import { checkPoolCapacity, type PoolKey } from "@/lib/quizzes/pool-capacity";
import { questionTypeLabels } from "@/lib/quizzes/form-fields";
import { excerpt } from "@/lib/quizzes/format";
import { addError, quizMessages, slotErrorField, slotTargetField, validateQuizInput, type QuizInput, type SlotInput } from "@/lib/quizzes/quiz-input";
import { assessQuizChange, QuizChangeNeedsConfirmation, recomputeQuizGrades } from "./change-impact";
import { QuizInputError } from "./errors";

/**
 * Quizzes as instructors set them up. Callers have already passed `guards.requireCourseInstructor`
 * for the course; everything here is then scoped to that course's id, so a quiz, question, lesson
 * or tag of another course is treated as missing.
 */

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function settings(input: QuizInput) {
  return {
    title: input.title.trim(),
    instructions: input.instructions,
    status: input.status,
    timeLimitSeconds: input.timeLimitSeconds,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    attemptsAllowed: input.attemptsAllowed,
    gradingMethod: input.gradingMethod,
    shuffleQuestions: input.shuffleQuestions,
    shuffleOptions: input.shuffleOptions,
    reviewOptions: input.reviewOptions,
  };
}

function slotRow(slot: SlotInput): NewSlotRow {
  const none = { questionId: null, randomLessonId: null, randomTagId: null, marks: slot.marks };
  if (slot.kind === "fixed") return { ...none, kind: "fixed", questionId: slot.questionId };
  if (slot.kind === "lesson") return { ...none, kind: "random", randomLessonId: slot.lessonId };
  return { ...none, kind: "random", randomTagId: slot.tagId };
}

/** The form's rules, then what only the database knows: every slot draws from this course. */
async function checkQuizInput(db: Database, courseId: string, input: QuizInput) {
  const errors = validateQuizInput(input);
  const ids = (pick: (slot: SlotInput) => string | undefined) => [...new Set(input.slots.map(pick).filter((id): id is string => !!id && uuidPattern.test(id)))];
  const targets = await findCourseSlotTargets({
    db,
    courseId,
    questionIds: ids((slot) => (slot.kind === "fixed" ? slot.questionId : undefined)),
    lessonIds: ids((slot) => (slot.kind === "lesson" ? slot.lessonId : undefined)),
    tagIds: ids((slot) => (slot.kind === "tag" ? slot.tagId : undefined)),
  });
  input.slots.forEach((slot, index) => {
    const field = slotErrorField(slot, index, slotTargetField(slot));
    if (errors[field]) return;
    if (slot.kind === "fixed" && !targets.questionIds.has(slot.questionId)) addError(errors, field, quizMessages.questionNotInCourse);
    if (slot.kind === "lesson" && !targets.lessonIds.has(slot.lessonId)) addError(errors, field, quizMessages.lessonNotInCourse);
    if (slot.kind === "tag" && !targets.tagIds.has(slot.tagId)) addError(errors, field, quizMessages.tagNotInCourse);
  });
  const pools = await coursePools(db, courseId, input.slots, targets);
  for (const [field, messages] of Object.entries(checkPoolCapacity(input.slots, pools))) if (!errors[field]) errors[field] = messages;
  if (Object.keys(errors).length) throw new QuizInputError(errors);
}

/** The active questions of each lesson and tag the random slots draw from (those of this course only). */
async function coursePools(db: Database, courseId: string, slots: readonly SlotInput[], targets: { lessonIds: Set<string>; tagIds: Set<string> }) {
  const wanted = new Map<PoolKey, { lessonId: string | null; tagId: string | null }>();
  for (const slot of slots) {
    if (slot.kind === "lesson" && targets.lessonIds.has(slot.lessonId)) wanted.set(`lesson:${slot.lessonId}`, { lessonId: slot.lessonId, tagId: null });
    if (slot.kind === "tag" && targets.tagIds.has(slot.tagId)) wanted.set(`tag:${slot.tagId}`, { lessonId: null, tagId: slot.tagId });
  }
  const entries = await Promise.all([...wanted].map(async ([key, pool]) => [key, await poolQuestionIds({ db, courseId, ...pool })] as const));
  return new Map<PoolKey, string[]>(entries);
}

/** Creates the quiz and its slots in one transaction; returns the new quiz's id. */
export async function createQuiz({ db, courseId, createdBy, input }: { db: Database; courseId: string; createdBy: string | null; input: QuizInput }): Promise<string> {
  await checkQuizInput(db, courseId, input);
  return insertQuizWithSlots({ db, quiz: { ...settings(input), courseId, createdBy }, slots: input.slots.map(slotRow) });
}

/**
 * Saves the settings and replaces the slots in one transaction. Attempts already made keep the
 * questions, versions and marks they were given (attempt_questions), whatever changes here. When
 * the quiz has attempts and the change reaches them, nothing is saved until the instructor has
 * confirmed this very impact (`confirmed` is the token they were shown); a new grading method then
 * recomputes the learners' stored quiz grades in the same transaction, audited.
 */
export async function updateQuiz({
  db,
  courseId,
  quizId,
  input,
  actorId = null,
  confirmed = "",
  now = new Date(),
}: {
  db: Database;
  courseId: string;
  quizId: string;
  input: QuizInput;
  actorId?: string | null;
  confirmed?: string;
  now?: Date;
}): Promise<void> {
  const quiz = uuidPattern.test(quizId) ? await getCourseQuiz({ db, courseId, quizId }) : undefined;
  if (!quiz) throw new NotFoundError("That quiz");
  await checkQuizInput(db, courseId, input);
  const impact = await assessQuizChange({ db, quiz, slots: await listQuizSlots({ db, quizId }), input, now });
  if (impact.items.length && impact.token !== confirmed) throw new QuizChangeNeedsConfirmation(impact.items, impact.token);
  await db.transaction(async (tx) => {
    const saved = await replaceQuizWithSlots({ db: tx, courseId, quizId, quiz: settings(input), slots: input.slots.map(slotRow) });
    if (!saved) throw new NotFoundError("That quiz");
    if (quiz.gradingMethod === input.gradingMethod) return;
    const changed = await recomputeQuizGrades({ tx, quizId, method: input.gradingMethod, now });
    await insertAuditEntry({
      tx,
      entry: { actorId, courseId, action: "quiz_grades_recomputed", entityType: "quiz", entityId: quizId, before: { gradingMethod: quiz.gradingMethod }, after: { gradingMethod: input.gradingMethod, changed }, createdAt: now },
    });
  });
}

export async function getQuizForEdit({ db, courseId, quizId }: { db: Database; courseId: string; quizId: string }) {
  const quiz = uuidPattern.test(quizId) ? await getCourseQuiz({ db, courseId, quizId }) : undefined;
  if (!quiz) throw new NotFoundError("That quiz");
  const [slots, attempts] = await Promise.all([listQuizSlots({ db, quizId }), countQuizAttempts({ db, quizId })]);
  return { quiz, slots, attempts };
}

export async function listQuizzes({ db, courseId }: { db: Database; courseId: string }) {
  return listCourseQuizzes({ db, courseId });
}

export interface ChoiceGroup {
  label: string;
  options: { value: string; label: string }[];
}

/** What a slot can hold, labelled for the form: questions grouped by lesson, lessons, tags. */
export async function loadSlotChoices({ db, courseId }: { db: Database; courseId: string }) {
  const [questionRows, lessonRows, tagRows] = await Promise.all([
    listQuestionChoices({ db, courseId }),
    listLessonChoices({ db, courseId }),
    listTagChoices({ db, courseId }),
  ]);
  const questionGroups: (ChoiceGroup & { lessonId: string | null })[] = [];
  for (const row of questionRows) {
    let group = questionGroups.at(-1);
    if (!group || group.lessonId !== row.lessonId) questionGroups.push((group = { lessonId: row.lessonId, label: row.lessonTitle ?? "Not in a lesson", options: [] }));
    group.options.push({ value: row.id, label: `${questionTypeLabels[row.type]}: ${excerpt(row.stem)}` });
  }
  const plural = (n: number) => `${n} question${n === 1 ? "" : "s"}`;
  return {
    questionGroups: questionGroups.map(({ label, options }) => ({ label, options })),
    lessons: lessonRows.map((row) => ({ value: row.id, label: `${row.title} (${plural(row.questions)})` })),
    tags: tagRows.map((row) => ({ value: row.id, label: `${row.name} (${plural(row.questions)})` })),
    tagNames: tagRows.map((row) => row.name),
  };
}

export type SlotChoices = Awaited<ReturnType<typeof loadSlotChoices>>;
