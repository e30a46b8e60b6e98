import { formatTimeSpent, type LearnerProgress } from "@/lib/gradebook/class-progress";
import { formatPercent, statusLabels, type GradebookCell, type GradebookQuiz } from "@/lib/gradebook/gradebook";

/** Per learner: lessons completed, time spent reading, and the grade on each quiz. */
export function LearnerTotals({ courseTitle, lessonCount, quizzes, learners }: { courseTitle: string; lessonCount: number; quizzes: readonly GradebookQuiz[]; learners: readonly (LearnerProgress & { quizzes: Record<string, GradebookCell> })[] }) {
  return (
    <div role="region" aria-labelledby="totals-caption" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left">
        <caption id="totals-caption" className="px-3 py-2 text-left text-slate-800">
          Totals per learner in {courseTitle}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-sm text-slate-700">
            <th scope="col" className="px-3 py-2 font-medium">
              Learner
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Lessons completed
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Time spent reading
            </th>
            {quizzes.map((quiz) => (
              <th key={quiz.id} scope="col" className="px-3 py-2 font-medium">
                {quiz.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {learners.map((learner) => (
            <tr key={learner.userId} className="border-b border-slate-100 align-top">
              <th scope="row" className="px-3 py-2 font-medium">
                {learner.name}
                <span className="block text-sm font-normal break-all text-slate-700">{learner.email}</span>
              </th>
              <td className="px-3 py-2 tabular-nums">
                {learner.completed} of {lessonCount}
              </td>
              <td className="px-3 py-2 tabular-nums">{formatTimeSpent(learner.visibleSeconds)}</td>
              {quizzes.map((quiz) => {
                const cell = learner.quizzes[quiz.id];
                return (
                  <td key={quiz.id} className="px-3 py-2">
                    <span className="font-semibold tabular-nums">{formatPercent(cell?.grade ?? null)}</span>
                    <span className="block text-sm text-slate-700">{statusLabels[cell?.status ?? "not_attempted"]}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
