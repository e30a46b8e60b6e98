import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptItems, getAttempt, getQuizGrade } from "@/db/queries/attempts";
import { demoCourse } from "@/db/seed";
import { syncContent } from "@/db/sync-content";
import { attemptQuestions, auditLog, questions, responseGrades, responses } from "@/db/schema";
import { defaultReviewOptions } from "@/lib/attempts/review-visibility";
import { loadContent } from "@/lib/content/load";
import { NotFoundError, PublicError } from "@/lib/errors";
import type { CurrentUser } from "@/server/auth/guards";
import { saveAnswers } from "@/server/attempts/save";
import { startAttempt } from "@/server/attempts/start";
import { submitAttempt } from "@/server/attempts/submit";
import { questionsForVersions } from "@/server/attempts/question-cache";
import { overrideGrade } from "@/server/grading/grade";
import { applyRegrade, setQuestionDropped } from "@/server/regrade/apply";
import { correctQuestionKey } from "@/server/regrade/correct-key";
import { KeyCorrectionError } from "@/server/regrade/errors";
import { loadRegradeOverview, loadRegradeQuestion } from "@/server/regrade/load";
import { openTeachingWorld, type TeachingWorld } from "./teaching-world";
import { createTestQuiz, lessonQuestionIds } from "./quiz-fixture";
import { rightResponse } from "./right-response";

let world: TeachingWorld;
const db = () => world.db;
let users: TeachingWorld["users"];
let courseId = "";
let otherCourseId = "";

beforeAll(async () => {
  world = await openTeachingWorld("regrade");
  ({ users, courseId, otherCourseId } = world);
});
afterAll(() => world?.close());

/** Starts an attempt and answers the true/false question with `value` and the rest right; submits unless told not to. */
async function attemptAnswering(learner: CurrentUser, quizId: string, trueFalseId: string, value: boolean, submit = true) {
  const { attempt } = await startAttempt({ db: db(), user: learner, quizId });
  const items = await attemptItems({ db: db(), attemptId: attempt.id });
  const questionsById = await questionsForVersions(db(), items.map((item) => item.questionVersionId));
  await saveAnswers({
    db: db(),
    user: learner,
    attemptId: attempt.id,
    request: {
      saves: items.map((item) => ({
        attemptQuestionId: item.attemptQuestionId,
        seq: 1,
        answer: item.questionId === trueFalseId ? { value } : rightResponse(questionsById.get(item.questionVersionId)!),
        flagged: false,
      })),
    },
  });
  if (submit) await submitAttempt({ db: db(), user: learner, attemptId: attempt.id });
  const trueFalse = items.find((item) => item.questionId === trueFalseId)!;
  return { attemptId: attempt.id, responseId: trueFalse.response.id, attemptQuestionId: trueFalse.attemptQuestionId };
}

async function storedResponse(responseId: string) {
  const [row] = await db().select().from(responses).where(eq(responses.id, responseId));
  return row!;
}

describe(`regrading (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("corrects a key as a new version, previews the regrade, applies it once, keeps marks given by hand and logs every change", async () => {
    const [trueFalseId] = await lessonQuestionIds(db(), "armed-attack", "true_false");
    const [choiceId] = await lessonQuestionIds(db(), "armed-attack", "single_choice");
    const quiz = await createTestQuiz(db(), { slots: [{ questionId: trueFalseId!, marks: 2 }, { questionId: choiceId! }], attemptsAllowed: 2, gradingMethod: "highest", reviewOptions: defaultReviewOptions });
    const [question] = await db().select().from(questions).where(eq(questions.id, trueFalseId!));
    const key = (await loadRegradeQuestion({ db: db(), courseId, quizId: quiz.id, questionId: trueFalseId! })).keyForm;
    if (key.type !== "true_false") throw new Error("a true/false question was expected");

    // Sam answers against the key (0 of 2), Sky with it (2 of 2, later overridden to 1), Sam's second attempt stays open.
    const wrong = await attemptAnswering(users.student1!, quiz.id, trueFalseId!, !key.answer);
    const right = await attemptAnswering(users.student2!, quiz.id, trueFalseId!, key.answer);
    const open = await attemptAnswering(users.student1!, quiz.id, trueFalseId!, !key.answer, false);
    expect(await getAttempt({ db: db(), attemptId: wrong.attemptId })).toMatchObject({ sumMarks: 1, maxMarks: 3 });
    const overridden = await storedResponse(right.responseId);
    await overrideGrade({ db: db(), courseId, quizId: quiz.id, grader: users.instructor!, change: { responseId: right.responseId, gradeVersion: overridden.gradeVersion, mark: 1, comment: "" }, reason: "Reasoning was missing." });

    await expect(correctQuestionKey({ db: db(), courseId, quizId: quiz.id, questionId: trueFalseId!, instructor: users.instructor!, fields: { answer: String(key.answer) }, reason: "no change" })).rejects.toBeInstanceOf(KeyCorrectionError);
    await expect(correctQuestionKey({ db: db(), courseId, quizId: quiz.id, questionId: trueFalseId!, instructor: users.instructor!, fields: { answer: String(!key.answer) }, reason: " " })).rejects.toMatchObject({
      fieldErrors: { reason: [expect.stringContaining("audit log")] },
    });
    await expect(correctQuestionKey({ db: db(), courseId: otherCourseId, quizId: quiz.id, questionId: trueFalseId!, instructor: users.outsider!, fields: { answer: String(!key.answer) }, reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
    const created = await correctQuestionKey({ db: db(), courseId, quizId: quiz.id, questionId: trueFalseId!, instructor: users.instructor!, fields: { answer: String(!key.answer) }, reason: "The key was the wrong way round." });
    expect(created.version).toBe(question!.currentVersion + 1);

    // Attempts stay on the version they answered until the regrade.
    expect(await getAttempt({ db: db(), attemptId: wrong.attemptId })).toMatchObject({ sumMarks: 1 });
    const overview = await loadRegradeOverview({ db: db(), courseId, quizId: quiz.id });
    expect(overview.questions.find((entry) => entry.questionId === trueFalseId)).toMatchObject({ attempts: 3, outdated: 3, currentVersion: created.version });

    const preview = await loadRegradeQuestion({ db: db(), courseId, quizId: quiz.id, questionId: trueFalseId! });
    expect(preview.summary).toEqual({ changes: 1, unchanged: 0, kept: 1, inProgress: 1 });
    const rows = new Map(preview.dryRun.map((row) => [row.attemptId, row]));
    expect(rows.get(wrong.attemptId)).toMatchObject({ outcome: "changes", change: 2, before: { mark: 0 }, after: { mark: 2 }, attemptBefore: 1, attemptAfter: 3, learnerName: "Sam Student" });
    expect(rows.get(right.attemptId)).toMatchObject({ outcome: "kept", before: { mark: 1 }, after: { mark: 1 } });
    expect(rows.get(open.attemptId)).toMatchObject({ outcome: "in_progress" });
    // A dry run writes nothing.
    expect(await storedResponse(wrong.responseId)).toMatchObject({ mark: 0 });

    await expect(applyRegrade({ db: db(), courseId, quizId: quiz.id, questionId: trueFalseId!, versionId: preview.versions[0]!.id, instructor: users.instructor! })).rejects.toBeInstanceOf(PublicError);
    const result = await applyRegrade({ db: db(), courseId, quizId: quiz.id, questionId: trueFalseId!, versionId: preview.question.currentVersionId, instructor: users.instructor! });
    expect(result).toEqual({ regraded: 3, changed: 1, kept: 1, inProgress: 1 });

    expect(await storedResponse(wrong.responseId)).toMatchObject({ state: "auto_graded", mark: 2, fraction: 1 });
    expect(await storedResponse(right.responseId)).toMatchObject({ state: "manually_graded", mark: 1 });
    expect(await getAttempt({ db: db(), attemptId: wrong.attemptId })).toMatchObject({ sumMarks: 3 });
    expect((await getQuizGrade({ db: db(), quizId: quiz.id, userId: users.student1!.id }))!.grade).toBeCloseTo(1);
    const placed = await db().select().from(attemptQuestions).where(eq(attemptQuestions.questionId, trueFalseId!));
    expect(new Set(placed.filter((row) => [wrong, right, open].some((entry) => entry.attemptQuestionId === row.id)).map((row) => row.questionVersionId))).toEqual(new Set([preview.question.currentVersionId]));
    const grades = await db().select().from(responseGrades).where(and(eq(responseGrades.responseId, wrong.responseId), eq(responseGrades.source, "regrade")));
    expect(grades).toHaveLength(1);
    const audit = await db().select().from(auditLog).where(eq(auditLog.entityId, wrong.responseId)).orderBy(asc(auditLog.id));
    expect(audit.map((entry) => entry.action)).toEqual(["regrade"]);
    expect(audit[0]).toMatchObject({ actorId: users.instructor!.id, before: { mark: 0, attemptSum: 1 }, after: { mark: 2, attemptSum: 3 } });
    const keyAudit = await db().select().from(auditLog).where(and(eq(auditLog.entityId, trueFalseId!), eq(auditLog.action, "correct_key")));
    expect(keyAudit[0]).toMatchObject({ reason: "The key was the wrong way round.", before: { key: { answer: key.answer } }, after: { key: { answer: !key.answer } } });

    // The open attempt is marked under the corrected key when it is handed in.
    await submitAttempt({ db: db(), user: users.student1!, attemptId: open.attemptId });
    expect(await storedResponse(open.responseId)).toMatchObject({ mark: 2 });

    // Running it again finds nothing left to do; the content sync keeps the instructor's correction.
    expect((await loadRegradeQuestion({ db: db(), courseId, quizId: quiz.id, questionId: trueFalseId! })).dryRun).toEqual([]);
    expect(await applyRegrade({ db: db(), courseId, quizId: quiz.id, questionId: trueFalseId!, versionId: preview.question.currentVersionId, instructor: users.instructor! })).toEqual({ regraded: 0, changed: 0, kept: 0, inProgress: 0 });
    await syncContent({ db: db(), documents: loadContent(path.resolve("content")), courseSlug: demoCourse.slug });
    const [afterSync] = await db().select().from(questions).where(eq(questions.id, trueFalseId!));
    expect(afterSync!.currentVersion).toBe(created.version);
  });

  it("drops a question with full marks or out of the total, restores it, and refuses other courses", async () => {
    const [trueFalseId] = await lessonQuestionIds(db(), "cyber-hybrid", "true_false");
    const [choiceId] = await lessonQuestionIds(db(), "cyber-hybrid", "single_choice");
    const quiz = await createTestQuiz(db(), { slots: [{ questionId: trueFalseId!, marks: 2 }, { questionId: choiceId! }], gradingMethod: "highest", reviewOptions: defaultReviewOptions });
    const key = (await loadRegradeQuestion({ db: db(), courseId, quizId: quiz.id, questionId: trueFalseId! })).keyForm;
    if (key.type !== "true_false") throw new Error("a true/false question was expected");
    const wrong = await attemptAnswering(users.student1!, quiz.id, trueFalseId!, !key.answer);
    const grade = async () => (await getQuizGrade({ db: db(), quizId: quiz.id, userId: users.student1!.id }))!.grade;
    expect(await grade()).toBeCloseTo(1 / 3);

    await expect(setQuestionDropped({ db: db(), courseId: otherCourseId, quizId: quiz.id, questionId: trueFalseId!, mode: "full_marks", reason: "x", instructor: users.outsider! })).rejects.toBeInstanceOf(NotFoundError);
    expect(await setQuestionDropped({ db: db(), courseId, quizId: quiz.id, questionId: trueFalseId!, mode: "full_marks", reason: "Ambiguous wording.", instructor: users.instructor! })).toEqual({ changed: 1 });
    expect(await getAttempt({ db: db(), attemptId: wrong.attemptId })).toMatchObject({ sumMarks: 3, maxMarks: 3 });
    expect(await grade()).toBeCloseTo(1);
    await setQuestionDropped({ db: db(), courseId, quizId: quiz.id, questionId: trueFalseId!, mode: "removed", reason: "Not taught this year.", instructor: users.instructor! });
    expect(await getAttempt({ db: db(), attemptId: wrong.attemptId })).toMatchObject({ sumMarks: 1, maxMarks: 1 });
    await setQuestionDropped({ db: db(), courseId, quizId: quiz.id, questionId: trueFalseId!, mode: "restore", reason: "Restored.", instructor: users.instructor! });
    expect(await getAttempt({ db: db(), attemptId: wrong.attemptId })).toMatchObject({ sumMarks: 1, maxMarks: 3 });
    expect(await grade()).toBeCloseTo(1 / 3);
    const audit = await db().select().from(auditLog).where(eq(auditLog.entityId, wrong.responseId)).orderBy(asc(auditLog.id));
    expect(audit.map((entry) => [entry.action, (entry.after as { attemptSum: number }).attemptSum])).toEqual([
      ["drop_question", 3],
      ["drop_question", 1],
      ["restore_question", 1],
    ]);
    // A question the quiz does not use is not found, even in the right course.
    const [unused] = await lessonQuestionIds(db(), "cyber-hybrid", "short_answer");
    await expect(loadRegradeQuestion({ db: db(), courseId, quizId: quiz.id, questionId: unused! })).rejects.toBeInstanceOf(NotFoundError);
  });
});
