/**
 * Quiz item analysis computed as Moodle's statistics report computes it, plus response analysis by
 * thirds, flags with hints, and a histogram. Pure: no database, no framework. Units: see types.ts.
 */
export { selectAttempts, selectAttemptsAll, whichAttemptsForGradingMethod, type SelectableAttempt } from "./attempt-selection";
export { flagHints, flagKinds, flagQuestion, flagThresholds, type FlagKind, type QuestionFlag } from "./flags";
export { scoreHistogram, type HistogramBand } from "./histogram";
export { analyseQuiz, type ItemAnalysis, type ItemAnalysisOptions } from "./item-analysis";
export { itemStatistics } from "./item-statistics";
export { computeQuestionStatistics, type QuestionStatisticsResult } from "./question-statistics";
export { percentOfMax, testStatistics, type TestStatistics } from "./quiz-statistics";
export { randomGuessScore } from "./random-guess";
export {
  analyseResponses,
  thirds,
  type QuestionResponses,
  type ResponseAnalysisOptions,
  type ResponseClass,
  type ResponseCount,
} from "./response-analysis";
export * from "./types";
