import type { Database } from "@/db/client";
import { getCourseQuiz } from "@/db/queries/quiz-admin";
import { listReferenceVersions, listStatisticsSlots, listSubmittedAttemptCells, mapVersionsToQuestions } from "@/db/queries/statistics";
import { NotFoundError } from "@/lib/errors";
import type { QuestionType } from "@/lib/questions";
import { analyseQuiz, whichAttemptsForGradingMethod, type ItemAnalysis, type WhichAttempts } from "@/lib/statistics";
import { questionsForVersions } from "@/server/attempts/question-cache";
import { buildAnalysisInput, exceptionVersionIds, type AnalysisInput } from "./analysis-input";
import { expectedClasses, prepareQuestion } from "./response-parts";

/**
 * The item analysis of one quiz, for its course's instructors (callers have passed
 * `guards.requireCourseInstructor` for `courseId`): the reads (see `readStatisticsRows`), then
 * the pure computation in lib/statistics.
 */

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface StatisticsQuestion {
  slot: number;
  random: boolean;
  type: QuestionType | null;
  stem: string | null;
  /** Option (or matching answer) text by response class, for rows of answers nobody gave. */
  labels: Record<string, string>;
}

export interface QuizStatisticsView {
  quiz: { id: string; title: string; gradingMethod: string };
  which: WhichAttempts;
  defaultWhich: WhichAttempts;
  questions: StatisticsQuestion[];
  /** Questions drawn by random slots, by question id. */
  drawn: Record<string, { stem: string; type: QuestionType; labels: Record<string, string> }>;
  analysis: ItemAnalysis;
}

export async function loadQuizStatistics({ db, courseId, quizId, which }: { db: Database; courseId: string; quizId: string; which?: WhichAttempts }): Promise<QuizStatisticsView> {
  const quiz = uuidPattern.test(quizId) ? await getCourseQuiz({ db, courseId, quizId }) : undefined;
  if (!quiz) throw new NotFoundError("That quiz");
  const defaultWhich = whichAttemptsForGradingMethod(quiz.gradingMethod);
  const chosen = which ?? defaultWhich;
  const { analysis, input } = await analyseQuizFromDatabase({ db, quizId: quiz.id, which: chosen });
  const questions = input.slotQuestions.map(({ slot, random, question, versionId }): StatisticsQuestion => {
    const labels: Record<string, string> = {};
    for (const [key, text] of (versionId && input.prepared.get(versionId)?.texts) || []) labels[key] = text;
    return { slot, random, type: question?.type ?? null, stem: question?.stem ?? null, labels };
  });
  const drawn = Object.fromEntries(
    [...input.questionsById].map(([id, question]) => [id, { stem: question.stem, type: question.type, labels: Object.fromEntries(prepareQuestion(question).texts) }]),
  );
  return { quiz: { id: quiz.id, title: quiz.title, gradingMethod: quiz.gradingMethod }, which: chosen, defaultWhich, questions, drawn, analysis };
}

/** Loads and analyses without the course check: for the page above and the benchmark. */
export async function analyseQuizFromDatabase({ db, quizId, which }: { db: Database; quizId: string; which: WhichAttempts }) {
  const input = await loadAnalysisInput({ db, quizId });
  return { analysis: analyseLoadedQuiz(input, which), input };
}

/**
 * The reads: the slots and the reference versions (two small queries side by side), then every
 * submitted attempt, then the question versions met, from the in-memory cache.
 */
export async function readStatisticsRows({ db, quizId }: { db: Database; quizId: string }) {
  const [slots, reference] = await Promise.all([listStatisticsSlots({ db, quizId }), listReferenceVersions({ db, quizId })]);
  const rows = await listSubmittedAttemptCells({ db, quizId, reference });
  const versionIds = [...new Set([...reference.map((entry) => entry.versionId), ...exceptionVersionIds(rows)])];
  // Only random slots need to know which question a version belongs to.
  const random = slots.some((slot) => slot.kind === "random");
  const [questions, questionIdOf] = await Promise.all([questionsForVersions(db, versionIds), random ? mapVersionsToQuestions({ db, versionIds }) : new Map<string, string>()]);
  return { slots, reference, rows, questions, questionIdOf };
}

export async function loadAnalysisInput({ db, quizId }: { db: Database; quizId: string }): Promise<AnalysisInput> {
  const { slots, reference, rows, questions, questionIdOf } = await readStatisticsRows({ db, quizId });
  return buildAnalysisInput(slots, reference, rows, questions, questionIdOf);
}

export function analyseLoadedQuiz(input: AnalysisInput, which: WhichAttempts): ItemAnalysis {
  return analyseQuiz(
    { slots: input.slots, attempts: input.attempts, whichAttempts: which, drawnQuestionGuessScores: input.drawnQuestionGuessScores },
    {
      classesFor: (slot, questionId) => {
        const question = questionId ? input.questionsById.get(questionId) : input.slotQuestions.find((entry) => entry.slot === slot.slot)?.question;
        return question ? expectedClasses(question) : undefined;
      },
    },
  );
}
