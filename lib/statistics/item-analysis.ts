import { selectAttemptsAll } from "./attempt-selection";
import { flagQuestion, type QuestionFlag } from "./flags";
import { scoreHistogram, type HistogramBand } from "./histogram";
import { computeQuestionStatistics } from "./question-statistics";
import { testStatistics } from "./quiz-statistics";
import { analyseResponses, type QuestionResponses, type ResponseAnalysisOptions } from "./response-analysis";
import type { DrawnQuestionStatistics, ItemAnalysisInput, QuizStatistics, SlotStatistics, WhichAttempts } from "./types";
import { whichAttemptsValues } from "./types";

/** Everything the quiz statistics page shows, computed from one load of the quiz's attempts. */
export interface ItemAnalysis {
  quiz: QuizStatistics;
  slots: (SlotStatistics & { flags: QuestionFlag[] })[];
  drawnQuestions: (DrawnQuestionStatistics & { flags: QuestionFlag[] })[];
  responses: QuestionResponses[];
  /** Totals of the attempts analysed, in bands of percent of the total marks. */
  histogram: HistogramBand[];
}

export interface ItemAnalysisOptions extends ResponseAnalysisOptions {
  histogramBands?: number;
}

export function analyseQuiz(input: ItemAnalysisInput, options: ItemAnalysisOptions = {}): ItemAnalysis {
  const which = input.whichAttempts ?? "all";
  const selections = selectAttemptsAll(input.attempts);
  const attempts = selections[which].map((index) => input.attempts[index]!);
  // Selected attempts are graded, so their totals are numbers.
  const totals = Float64Array.from(attempts, (attempt) => attempt.sumMarks ?? 0);
  const sumGrades = input.slots.reduce((sum, slot) => sum + slot.maxMark, 0);

  const questions = computeQuestionStatistics(input.slots, attempts, input.drawnQuestionGuessScores);
  const summaries = Object.fromEntries(
    whichAttemptsValues.map((key) => {
      const chosen = selections[key];
      const sum = chosen.reduce((total, index) => total + (input.attempts[index]!.sumMarks ?? 0), 0);
      return [key, { count: chosen.length, mean: chosen.length > 0 ? sum / chosen.length : null }];
    }),
  ) as Record<WhichAttempts, { count: number; mean: number | null }>;

  return {
    quiz: {
      whichAttempts: which,
      attempts: summaries,
      sumGrades,
      questionCount: input.slots.length,
      ...testStatistics(totals, input.slots.length, questions.sumOfMarkVariance),
    },
    slots: questions.slots.map((stats) => ({ ...stats, flags: flagQuestion(stats) })),
    drawnQuestions: questions.drawnQuestions.map((stats) => ({ ...stats, flags: flagQuestion(stats) })),
    responses: analyseResponses(input.slots, attempts, options),
    histogram: scoreHistogram(totals, sumGrades, options.histogramBands),
  };
}
