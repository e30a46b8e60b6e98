import type { Database } from "@/db/client";
import { getResponseForGrading, insertAuditEntry, reviewRequestAction, insertResponseGrade, updateResponseGrade } from "@/db/queries/grading";
import { checkMark, checkRubricSelections, fractionOf } from "@/lib/grading/grade-input";
import { NotFoundError, PublicError } from "@/lib/errors";
import type { CurrentUser } from "@/server/auth/guards";
import { questionsForVersions } from "@/server/attempts/question-cache";
import { releaseResponse } from "./claims";
import { GradeInputError, StaleGradeError } from "./errors";
import { recomputeAttemptGrade } from "./recompute";

/**
 * Grading by hand and overriding marks. Callers have passed `guards.requireCourseInstructor` for
 * `courseId`; a response of another course's quiz is "not found" here, whatever its id.
 */

export interface GradeChange {
  responseId: string;
  /** The grade version the grader loaded: a save against an older one is refused. */
  gradeVersion: number;
  mark: number;
  comment: string;
}

async function loadOwnedResponse(db: Database, courseId: string, quizId: string, responseId: string) {
  const row = await getResponseForGrading({ db, responseId });
  if (!row || row.quiz.courseId !== courseId || row.quiz.id !== quizId) throw new NotFoundError("That answer");
  if (row.attempt.state !== "submitted") throw new PublicError("This attempt is still in progress; it can be graded once it is submitted.");
  return row;
}

function snapshot(response: { state: string; mark: number | null; fraction: number | null; comment: string | null; gradeVersion: number }) {
  return { state: response.state, mark: response.mark, fraction: response.fraction, comment: response.comment, gradeVersion: response.gradeVersion };
}

async function writeGrade({
  db,
  courseId,
  grader,
  row,
  change,
  source,
  selections,
  reason,
  now,
}: {
  db: Database;
  courseId: string;
  grader: CurrentUser;
  row: NonNullable<Awaited<ReturnType<typeof getResponseForGrading>>>;
  change: GradeChange;
  source: "manual" | "override";
  selections: Record<string, string> | null;
  reason: string | null;
  now: Date;
}) {
  const maxMark = row.attemptQuestion.maxMark;
  const markError = checkMark(change.mark, maxMark);
  if (markError) throw new GradeInputError(markError, "mark");
  const fraction = fractionOf(change.mark, maxMark);
  const comment = change.comment.trim() === "" ? null : change.comment.trim();
  await db.transaction(async (tx) => {
    const updated = await updateResponseGrade({ tx, responseId: row.response.id, expectedVersion: change.gradeVersion, fraction, mark: change.mark, comment });
    if (!updated) throw new StaleGradeError();
    await insertResponseGrade({ tx, grade: { responseId: row.response.id, source, fraction, mark: change.mark, comment, rubricSelections: selections, gradedBy: grader.id, createdAt: now } });
    await insertAuditEntry({
      tx,
      entry: {
        actorId: grader.id,
        courseId,
        action: source === "manual" ? "grade" : "override",
        entityType: "response",
        entityId: row.response.id,
        before: snapshot(row.response),
        after: { ...snapshot(updated), rubricSelections: selections, attemptId: row.attempt.id },
        reason,
        createdAt: now,
      },
    });
    await recomputeAttemptGrade({ db: tx, attemptId: row.attempt.id, now });
  });
  releaseResponse(row.response.id, grader.id);
}

/** A grade for an answer that needs a person: rubric levels (all or none), a mark, a comment. */
export async function saveManualGrade({
  db,
  courseId,
  quizId,
  grader,
  change,
  selections,
  now = new Date(),
}: {
  db: Database;
  courseId: string;
  quizId: string;
  grader: CurrentUser;
  change: GradeChange;
  selections: Record<string, string>;
  now?: Date;
}) {
  const row = await loadOwnedResponse(db, courseId, quizId, change.responseId);
  const essayToGrade = row.questionType === "essay" && ["needs_grading", "manually_graded"].includes(row.response.state);
  if (!essayToGrade && !row.reviewRequestedAt) {
    throw new PublicError("This answer was marked automatically; change its mark with an override, which asks for a reason.");
  }
  const question = (await questionsForVersions(db, [row.attemptQuestion.questionVersionId])).get(row.attemptQuestion.questionVersionId)!;
  const rubric = question.type === "essay" ? question.rubric : undefined;
  const checked = checkRubricSelections(rubric, selections);
  if (checked.status === "invalid") throw new GradeInputError(checked.message, "rubric");
  await writeGrade({ db, courseId, grader, row, change, source: "manual", selections: Object.keys(checked.selections).length ? checked.selections : null, reason: null, now });
}

/** A new mark for any answer of a submitted attempt, with the reason kept in the audit log. */
export async function overrideGrade({
  db,
  courseId,
  quizId,
  grader,
  change,
  reason,
  now = new Date(),
}: {
  db: Database;
  courseId: string;
  quizId: string;
  grader: CurrentUser;
  change: GradeChange;
  reason: string;
  now?: Date;
}) {
  const row = await loadOwnedResponse(db, courseId, quizId, change.responseId);
  if (row.attemptQuestion.dropped) throw new PublicError("This question was dropped from the quiz; its mark cannot be changed.");
  if (reason.trim() === "") throw new GradeInputError("Say why you are changing this mark: it is kept in the audit log.", "reason");
  await writeGrade({ db, courseId, grader, row, change, source: "override", selections: null, reason: reason.trim(), now });
  return { attemptId: row.attempt.id };
}

/** Sends any answer of a submitted attempt to the grading queue, to be graded by hand like an essay. */
export async function requestReview({ db, courseId, quizId, responseId, grader, now = new Date() }: { db: Database; courseId: string; quizId: string; responseId: string; grader: CurrentUser; now?: Date }) {
  const row = await loadOwnedResponse(db, courseId, quizId, responseId);
  if (row.attemptQuestion.dropped) throw new PublicError("This question was dropped from the quiz; its mark cannot be changed.");
  await db.transaction(async (tx) => {
    await insertAuditEntry({ tx, entry: { actorId: grader.id, courseId, action: reviewRequestAction, entityType: "response", entityId: responseId, before: snapshot(row.response), after: null, createdAt: now } });
  });
  return { attemptId: row.attempt.id };
}
