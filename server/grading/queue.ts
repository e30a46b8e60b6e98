import type { Database } from "@/db/client";
import { attemptItems, getQuiz } from "@/db/queries/attempts";
import { getAttemptWithQuiz, getResponseForGrading, latestGrades, learnerFirstStarts, listAuditEntries, listQueueRows, listSubmittedAttempts } from "@/db/queries/grading";
import { answerLines } from "@/lib/attempts/review-item";
import { NotFoundError } from "@/lib/errors";
import { anonymousLabels, deadlineStatus, queueOrder, queueProgress, type Grouping, type QueueEntry } from "@/lib/grading/queue";
import { learnerViewOf } from "@/lib/questions";
import { excerpt } from "@/lib/quizzes/format";
import type { CurrentUser } from "@/server/auth/guards";
import { questionsForVersions } from "@/server/attempts/question-cache";
import { claimResponse, otherClaim } from "./claims";

/**
 * What the grading pages show. Callers have passed `guards.requireCourseInstructor` for
 * `courseId`; a quiz, attempt or response of another course is "not found".
 */

export async function loadOwnedQuiz(db: Database, courseId: string, quizId: string) {
  const quiz = await getQuiz({ db, quizId });
  if (!quiz || quiz.courseId !== courseId) throw new NotFoundError("That quiz");
  return quiz;
}

export type NamedQueueEntry = QueueEntry & { learnerName: string; anonymousLabel: string };

export async function loadGradingQueue({ db, courseId, quizId, now = new Date() }: { db: Database; courseId: string; quizId: string; now?: Date }) {
  const quiz = await loadOwnedQuiz(db, courseId, quizId);
  const [rows, firstStarts] = await Promise.all([listQueueRows({ db, quizId }), learnerFirstStarts({ db, quizId })]);
  const versions = await questionsForVersions(db, rows.map((row) => row.questionVersionId));
  const entries: QueueEntry[] = rows.map((row) => ({
    responseId: row.responseId,
    attemptId: row.attemptId,
    userId: row.userId,
    attemptNumber: row.attemptNumber,
    position: row.position,
    questionId: row.questionId,
    questionLabel: excerpt(versions.get(row.questionVersionId)!.stem, 80),
    learnerSince: firstStarts.get(row.userId) ?? new Date(0),
    // An answer sent to the queue counts as graded once a person has graded it since.
    graded: row.reviewRequestedAt ? row.humanGradedAt !== null && row.humanGradedAt >= row.reviewRequestedAt : row.state === "manually_graded",
  }));
  const labels = anonymousLabels([...firstStarts].map(([userId, learnerSince]) => ({ userId, learnerSince })));
  const names = new Map(rows.map((row) => [row.userId, row.learnerName]));
  const named: NamedQueueEntry[] = entries.map((entry) => ({ ...entry, learnerName: names.get(entry.userId) ?? "", anonymousLabel: labels.get(entry.userId) ?? "Learner" }));
  return { quiz, entries: named, progress: queueProgress(entries), claimedBy: (responseId: string, userId: string) => otherClaim(responseId, userId, now) };
}

/** One answer to grade, claimed for this grader while they have it open. */
export async function loadGradingItem({ db, courseId, quizId, responseId, grader, groupBy, now = new Date() }: { db: Database; courseId: string; quizId: string; responseId: string; grader: CurrentUser; groupBy: Grouping; now?: Date }) {
  const queue = await loadGradingQueue({ db, courseId, quizId, now });
  const row = await getResponseForGrading({ db, responseId });
  const entry = queue.entries.find((candidate) => candidate.responseId === responseId);
  if (!row || !entry || row.quiz.id !== queue.quiz.id) throw new NotFoundError("That answer");
  const question = (await questionsForVersions(db, [row.attemptQuestion.questionVersionId])).get(row.attemptQuestion.questionVersionId)!;
  const answer = row.response.answer as { text?: unknown } | null;
  const latest = (await latestGrades({ db, responseIds: [responseId] })).get(responseId);
  const ordered = queueOrder(queue.entries, groupBy) as NamedQueueEntry[];
  const index = ordered.findIndex((candidate) => candidate.responseId === responseId);
  const claimed = otherClaim(responseId, grader.id, now);
  claimResponse(responseId, grader, now);
  return {
    quiz: queue.quiz,
    progress: queue.progress,
    index,
    total: ordered.length,
    previousId: ordered[index - 1]?.responseId ?? null,
    entry,
    stem: question.stem,
    rubric: question.type === "essay" ? (question.rubric ?? null) : null,
    modelAnswer: question.type === "essay" ? (question.modelAnswer ?? null) : null,
    answerText: question.type === "essay" ? (typeof answer?.text === "string" ? answer.text : "") : answerLines(learnerViewOf(question, row.attemptQuestion.displayOrder ?? undefined), row.response.answer, null).map((line) => line.text).join("\n"),
    maxMark: row.attemptQuestion.maxMark,
    response: { mark: row.response.mark, comment: row.response.comment, state: row.response.state, gradeVersion: row.response.gradeVersion },
    selections: latest?.rubricSelections ?? {},
    lastGradedBy: latest && latest.source !== "auto" ? { name: latest.gradedByName, at: latest.createdAt } : null,
    deadline: deadlineStatus(row.attempt),
    claimedBy: claimed,
  };
}

export async function loadQuizAttempts({ db, courseId, quizId }: { db: Database; courseId: string; quizId: string }) {
  const quizRow = await loadOwnedQuiz(db, courseId, quizId);
  const [rows, firstStarts] = await Promise.all([listSubmittedAttempts({ db, quizId }), learnerFirstStarts({ db, quizId })]);
  const labels = anonymousLabels([...firstStarts].map(([userId, learnerSince]) => ({ userId, learnerSince })));
  return {
    quiz: quizRow,
    attempts: rows.map(({ attempt, learner }) => ({ ...attempt, learnerName: learner.name, anonymousLabel: labels.get(learner.id) ?? "Learner", deadline: deadlineStatus(attempt) })),
  };
}

/** Every answer of one attempt with its mark, for overrides and comments. */
export async function loadAttemptForOverride({ db, courseId, quizId, attemptId }: { db: Database; courseId: string; quizId: string; attemptId: string }) {
  const row = await getAttemptWithQuiz({ db, attemptId });
  if (!row || row.quiz.courseId !== courseId || row.quiz.id !== quizId || row.attempt.state !== "submitted" || row.attempt.preview) throw new NotFoundError("That attempt");
  const firstStarts = await learnerFirstStarts({ db, quizId });
  const label = anonymousLabels([...firstStarts].map(([userId, learnerSince]) => ({ userId, learnerSince }))).get(row.learner.id) ?? "Learner";
  const items = await attemptItems({ db, attemptId });
  const versions = await questionsForVersions(db, items.map((item) => item.questionVersionId));
  const latest = await latestGrades({ db, responseIds: items.map((item) => item.response.id) });
  const history = await Promise.all(items.map((item) => listAuditEntries({ db, entityType: "response", entityId: item.response.id })));
  return {
    quiz: row.quiz,
    attempt: { ...row.attempt, learnerName: row.learner.name, anonymousLabel: label, deadline: deadlineStatus(row.attempt) },
    items: items.map((item, index) => {
      const question = versions.get(item.questionVersionId)!;
      const view = learnerViewOf(question, item.displayOrder ?? undefined);
      return {
        responseId: item.response.id,
        number: index + 1,
        type: item.type,
        stem: question.stem,
        answer: answerLines(view, item.response.answer, null).map((line) => line.text),
        maxMark: item.maxMark,
        mark: item.response.mark,
        state: item.response.state,
        comment: item.response.comment,
        gradeVersion: item.response.gradeVersion,
        dropped: item.dropped,
        source: latest.get(item.response.id)?.source ?? null,
        queued: history[index]!.some(({ entry }) => entry.action === "review_requested"),
        history: history[index]!.map(({ entry, actorName }) => ({ id: entry.id, action: entry.action, actorName, at: entry.createdAt, reason: entry.reason, before: entry.before as { mark?: number | null } | null, after: entry.after as { mark?: number | null } | null })),
      };
    }),
  };
}
