import type { Database } from "@/db/client";
import { getStoredQuestionVersion } from "@/db/queries/questions";
import { listAttemptsHoldingQuestion, listQuestionsInQuiz } from "@/db/queries/regrade";
import { answerLines } from "@/lib/attempts/review-item";
import { learnerViewOf } from "@/lib/questions";
import { keyFormOf } from "@/lib/regrade/key-form";
import { planRegrade, summarisePlan, type AttemptForRegrade, type Dropped, type ItemForRegrade } from "@/lib/regrade/plan";
import { questionsForVersions } from "@/server/attempts/question-cache";
import { loadOwnedQuiz } from "@/server/grading/queue";
import { ownedQuestionInQuiz } from "./access";

/**
 * What the regrade pages show. Callers have passed `guards.requireCourseInstructor` for
 * `courseId`; a quiz of another course, or a question its attempts do not hold, is "not found".
 */

export async function loadRegradeOverview({ db, courseId, quizId }: { db: Database; courseId: string; quizId: string }) {
  const quiz = await loadOwnedQuiz(db, courseId, quizId);
  const { used, fixed, current } = await listQuestionsInQuiz({ db, quizId });
  const usage = new Map(used.map((row) => [row.questionId, row]));
  const slotOf = new Map(fixed.map((slot) => [slot.questionId, slot.position]));
  const questions = current
    .map((question) => {
      const use = usage.get(question.questionId);
      return {
        questionId: question.questionId,
        type: question.type,
        stem: question.stem,
        currentVersion: question.currentVersion,
        slot: slotOf.get(question.questionId) ?? null,
        firstPosition: use?.firstPosition ?? slotOf.get(question.questionId) ?? Number.MAX_SAFE_INTEGER,
        attempts: use?.attempts ?? 0,
        outdated: use?.outdated ?? 0,
        droppedAs: (use?.droppedAs ?? null) as Dropped,
      };
    })
    .sort((a, b) => a.firstPosition - b.firstPosition || a.stem.localeCompare(b.stem));
  return { quiz, questions };
}

/** The question as it is now, its versions, and the dry run of regrading every attempt on an older one. */
export async function loadRegradeQuestion({ db, courseId, quizId, questionId }: { db: Database; courseId: string; quizId: string; questionId: string }) {
  const { quiz, question, versions: allVersions, currentVersionId, rows } = await ownedQuestionInQuiz({ db, courseId, quizId, questionId });
  const stored = (await getStoredQuestionVersion({ db, versionId: currentVersionId }))!;
  const versions = await questionsForVersions(db, [currentVersionId, ...rows.map((row) => row.questionVersionId)]);
  const corrected = versions.get(currentVersionId)!;
  const versionNumber = new Map(allVersions.map((version) => [version.id, version.version]));

  const attempts = groupAttempts(rows);
  const outdated = attempts.filter((attempt) => attempt.items.some((item) => item.questionId === questionId && item.versionId !== currentVersionId));
  const plan = planRegrade(questionId, corrected, outdated);
  const byAttempt = new Map(attempts.map((attempt) => [attempt.attemptId, attempt]));
  const dryRun = plan.map((row) => {
    const attempt = byAttempt.get(row.attemptId)!;
    const item = attempt.items.find((entry) => entry.attemptQuestionId === row.attemptQuestionId)!;
    const answered = versions.get(item.versionId)!;
    return {
      ...row,
      learnerName: attempt.learnerName,
      attemptNumber: attempt.number,
      preview: attempt.preview,
      fromVersion: versionNumber.get(item.versionId) ?? null,
      answer: answerLines(learnerViewOf(answered, item.displayOrder ?? undefined), item.answer, null).map((line) => line.text).join("; "),
    };
  });
  const holding = attempts.flatMap((attempt) => attempt.items.filter((item) => item.questionId === questionId));
  return {
    quiz,
    question: { ...question, stem: stored.stem, currentVersionId },
    versions: allVersions.map((version) => ({ ...version, attempts: holding.filter((item) => item.versionId === version.id).length })),
    keyForm: keyFormOf(stored),
    dryRun,
    summary: summarisePlan(plan),
    attemptsHolding: holding.length,
    droppedAs: (holding.find((item) => item.dropped)?.dropped ?? null) as Dropped,
  };
}

type Row = Awaited<ReturnType<typeof listAttemptsHoldingQuestion>>[number];
type GroupedItem = ItemForRegrade & { versionId: string; displayOrder: string[] | null };
type GroupedAttempt = Omit<AttemptForRegrade, "items"> & { learnerName: string; number: number; preview: boolean; items: GroupedItem[] };

function groupAttempts(rows: readonly Row[]): GroupedAttempt[] {
  const byId = new Map<string, GroupedAttempt>();
  for (const row of rows) {
    let attempt = byId.get(row.attemptId);
    if (!attempt) {
      attempt = { attemptId: row.attemptId, state: row.attemptState, learnerName: row.learnerName, number: row.attemptNumber, preview: row.preview, items: [] };
      byId.set(row.attemptId, attempt);
    }
    attempt.items.push({
      attemptQuestionId: row.attemptQuestionId,
      responseId: row.responseId,
      questionId: row.questionId,
      versionId: row.questionVersionId,
      displayOrder: row.displayOrder,
      maxMark: row.maxMark,
      answer: row.answer,
      state: row.state,
      fraction: row.fraction,
      mark: row.mark,
      dropped: row.dropped as Dropped,
    });
  }
  return [...byId.values()];
}
