import type { Database } from "@/db/client";
import { getQuestionWithVersions, listAttemptsHoldingQuestion, listQuestionsInQuiz } from "@/db/queries/regrade";
import { NotFoundError } from "@/lib/errors";
import { loadOwnedQuiz } from "@/server/grading/queue";

/**
 * The quiz, if it is the course's, and the question, if it is the course's and the quiz uses it
 * (a fixed slot names it or an attempt holds it). Anything else is "not found", whatever its id.
 */
export async function ownedQuestionInQuiz({ db, courseId, quizId, questionId }: { db: Database; courseId: string; quizId: string; questionId: string }) {
  const quiz = await loadOwnedQuiz(db, courseId, quizId);
  const found = await getQuestionWithVersions({ db, questionId });
  if (!found || found.question.courseId !== courseId) throw new NotFoundError("That question");
  const rows = await listAttemptsHoldingQuestion({ db, quizId, questionId });
  if (rows.length === 0) {
    const { fixed } = await listQuestionsInQuiz({ db, quizId });
    if (!fixed.some((slot) => slot.questionId === questionId)) throw new NotFoundError("That question");
  }
  const current = found.versions.find((version) => version.version === found.question.currentVersion)!;
  return { quiz, question: found.question, versions: found.versions, currentVersionId: current.id, rows };
}
