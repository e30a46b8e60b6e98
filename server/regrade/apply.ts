import type { Database } from "@/db/client";
import { lockAttempt } from "@/db/queries/attempts";
import { insertAuditEntry, insertResponseGrade } from "@/db/queries/grading";
import { getPlacedQuestion, moveToVersion, setDropped, setRegradedMark } from "@/db/queries/regrade";
import { markItem } from "@/lib/attempts/mark-attempt";
import { PublicError } from "@/lib/errors";
import type { Dropped } from "@/lib/regrade/plan";
import type { CurrentUser } from "@/server/auth/guards";
import { questionsForVersions } from "@/server/attempts/question-cache";
import { recomputeAttemptGrade } from "@/server/grading/recompute";
import { ownedQuestionInQuiz } from "./access";

/**
 * Regrading and dropping, one attempt at a time under its row lock (as submission and grading
 * take it), so a learner handing in, a grader saving and a regrade never interleave inside an
 * attempt. Each attempt's change is its own transaction: a failure part-way leaves every attempt
 * either regraded or untouched, and running the regrade again finishes the rest.
 */

export interface RegradeResult {
  regraded: number;
  changed: number;
  kept: number;
  inProgress: number;
}

/** Moves every attempt holding an older version of the question to `versionId` and marks its answer again. */
export async function applyRegrade({
  db,
  courseId,
  quizId,
  questionId,
  versionId,
  instructor,
  now = new Date(),
}: {
  db: Database;
  courseId: string;
  quizId: string;
  questionId: string;
  versionId: string;
  instructor: CurrentUser;
  now?: Date;
}): Promise<RegradeResult> {
  const { currentVersionId, versions, rows } = await ownedQuestionInQuiz({ db, courseId, quizId, questionId });
  if (versionId !== currentVersionId) {
    throw new PublicError("The key was corrected again after you opened this page. Look at the new dry run, then regrade.");
  }
  const target = versions.find((version) => version.id === versionId)!;
  const question = (await questionsForVersions(db, [versionId])).get(versionId)!;
  const attemptIds = [...new Set(rows.filter((row) => row.questionId === questionId && row.questionVersionId !== versionId).map((row) => row.attemptId))];
  const result: RegradeResult = { regraded: 0, changed: 0, kept: 0, inProgress: 0 };
  for (const attemptId of attemptIds) {
    await db.transaction(async (tx) => {
      const locked = await lockAttempt({ tx, attemptId });
      const placed = locked && (await getPlacedQuestion({ tx, attemptId, questionId }));
      if (!locked || !placed || !(await moveToVersion({ tx, attemptQuestionId: placed.attemptQuestion.id, versionId }))) return;
      result.regraded++;
      if (locked.attempt.state !== "submitted") {
        result.inProgress++;
        return;
      }
      const { response, attemptQuestion } = placed;
      const before = { state: response.state, mark: response.mark, fraction: response.fraction, versionId: attemptQuestion.questionVersionId };
      const keep = response.state === "manually_graded";
      const marked = keep ? null : markItem({ question, maxMark: attemptQuestion.maxMark, answer: response.answer });
      if (marked) {
        await setRegradedMark({ tx, responseId: response.id, state: marked.state, fraction: marked.fraction, mark: marked.mark });
        await insertResponseGrade({ tx, grade: { responseId: response.id, source: "regrade", fraction: marked.fraction, mark: marked.mark, gradedBy: instructor.id, createdAt: now } });
        if (marked.mark !== response.mark) result.changed++;
      } else {
        result.kept++;
      }
      const totals = await recomputeAttemptGrade({ db: tx, attemptId, now });
      await insertAuditEntry({
        tx,
        entry: {
          actorId: instructor.id,
          courseId,
          action: "regrade",
          entityType: "response",
          entityId: response.id,
          before: { ...before, attemptSum: locked.attempt.sumMarks },
          after: { state: marked?.state ?? response.state, mark: marked ? marked.mark : response.mark, fraction: marked ? marked.fraction : response.fraction, versionId, attemptId, attemptSum: totals.sumMarks, quizGrade: totals.quizGrade },
          reason: keep ? `Regraded to version ${target.version}; the mark given by hand was kept.` : `Regraded to version ${target.version}.`,
          createdAt: now,
        },
      });
    });
  }
  await db.transaction(async (tx) => {
    await insertAuditEntry({ tx, entry: { actorId: instructor.id, courseId, action: "regrade_question", entityType: "question", entityId: questionId, before: null, after: { quizId, versionId, version: target.version, ...result }, createdAt: now } });
  });
  return result;
}

export type DropMode = "full_marks" | "removed" | "restore";

/** Drops the question from every attempt at the quiz that holds it (full marks to all, or out of the total), or restores it. */
export async function setQuestionDropped({
  db,
  courseId,
  quizId,
  questionId,
  mode,
  reason,
  instructor,
  now = new Date(),
}: {
  db: Database;
  courseId: string;
  quizId: string;
  questionId: string;
  mode: DropMode;
  reason: string;
  instructor: CurrentUser;
  now?: Date;
}) {
  const { rows } = await ownedQuestionInQuiz({ db, courseId, quizId, questionId });
  const dropped: Dropped = mode === "restore" ? null : mode;
  const attemptIds = [...new Set(rows.map((row) => row.attemptId))];
  let changed = 0;
  for (const attemptId of attemptIds) {
    await db.transaction(async (tx) => {
      const locked = await lockAttempt({ tx, attemptId });
      const placed = locked && (await getPlacedQuestion({ tx, attemptId, questionId }));
      if (!locked || !placed || placed.attemptQuestion.dropped === dropped) return;
      await setDropped({ tx, attemptQuestionId: placed.attemptQuestion.id, dropped });
      const totals = await recomputeAttemptGrade({ db: tx, attemptId, now });
      changed++;
      await insertAuditEntry({
        tx,
        entry: {
          actorId: instructor.id,
          courseId,
          action: mode === "restore" ? "restore_question" : "drop_question",
          entityType: "response",
          entityId: placed.response.id,
          before: { dropped: placed.attemptQuestion.dropped, mark: placed.response.mark, attemptSum: locked.attempt.sumMarks },
          after: { dropped, mark: placed.response.mark, attemptId, attemptSum: totals.sumMarks, quizGrade: totals.quizGrade },
          reason,
          createdAt: now,
        },
      });
    });
  }
  return { changed };
}
