import type { Database } from "@/db/client";
import { listAnalysedQuizzes, listBankQuestions, listCourseTagNames } from "@/db/queries/question-editor";
import { listLessonChoices } from "@/db/queries/quiz-admin";
import { bankPageSize, type BankFilters } from "@/lib/question-bank/list-filters";
import { whichAttemptsForGradingMethod } from "@/lib/statistics";
import { analyseQuizFromDatabase } from "@/server/statistics/load";

/**
 * The question bank list for a course's instructors (callers have passed
 * `guards.requireCourseInstructor` for `courseId`): one page of questions and the filters' choices.
 */
export async function loadBankList({ db, courseId, filters }: { db: Database; courseId: string; filters: BankFilters }) {
  const onlyIds = filters.flagged ? [...(await flaggedQuestionIds({ db, courseId }))] : undefined;
  const [page, lessons, tags] = await Promise.all([
    listBankQuestions({ db, courseId, filters, onlyIds, limit: bankPageSize, offset: (filters.page - 1) * bankPageSize }),
    listLessonChoices({ db, courseId }),
    listCourseTagNames({ db, courseId }),
  ]);
  return { ...page, pages: Math.max(1, Math.ceil(page.total / bankPageSize)), lessons, tags };
}

/**
 * The questions the item analysis flags (facility outside 10–90 %, or a discrimination index below
 * 0.2) in any of the course's quizzes, each quiz analysed over the attempts its grading method
 * counts, as its statistics page does by default. The slowest filter: one analysis per quiz.
 */
export async function flaggedQuestionIds({ db, courseId }: { db: Database; courseId: string }): Promise<Set<string>> {
  const flagged = new Set<string>();
  for (const quiz of await listAnalysedQuizzes({ db, courseId })) {
    const { analysis } = await analyseQuizFromDatabase({ db, quizId: quiz.id, which: whichAttemptsForGradingMethod(quiz.gradingMethod) });
    for (const slot of analysis.slots) {
      const questionId = quiz.fixedSlots.get(slot.slot);
      if (!slot.random && questionId && slot.flags.length > 0) flagged.add(questionId);
    }
    for (const drawn of analysis.drawnQuestions) if (drawn.flags.length > 0) flagged.add(drawn.questionId);
  }
  return flagged;
}
