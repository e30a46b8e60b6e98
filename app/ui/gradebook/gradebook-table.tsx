import { formatPercent, gradingMethodLabels, statusLabels, type GradebookQuery, type GradebookQuiz, type GradebookRow } from "@/lib/gradebook/gradebook";
import { SortHeader } from "./sort-header";

const statusTone: Record<string, string> = {
  not_attempted: "text-slate-700",
  in_progress: "text-blue-900",
  awaiting_grading: "font-semibold text-red-800",
  graded: "text-green-900",
};

export function GradebookTable({ base, courseTitle, quizzes, rows, query, learnerCount }: { base: string; courseTitle: string; quizzes: readonly GradebookQuiz[]; rows: readonly GradebookRow[]; query: GradebookQuery; learnerCount: number }) {
  const sortedBy = query.sort === "name" ? "name" : query.sort === "email" ? "email" : `${quizzes.find((quiz) => quiz.id === query.sort)?.title ?? "name"} grade`;
  return (
    <div role="region" aria-labelledby="gradebook-caption" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left">
        <caption id="gradebook-caption" className="px-3 py-2 text-left text-slate-800">
          Grades in {courseTitle}: {rows.length} of {learnerCount} learners, sorted by {sortedBy} ({query.dir === "asc" ? "ascending" : "descending"}).
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-sm text-slate-700">
            <SortHeader base={base} query={query} sort="name" label="Learner" />
            <SortHeader base={base} query={query} sort="email" label="Email" />
            {quizzes.map((quiz) => (
              <SortHeader key={quiz.id} base={base} query={query} sort={quiz.id} label={quiz.title}>
                <span className="block text-xs font-normal text-slate-700">
                  Grade: {gradingMethodLabels[quiz.gradingMethod]}
                  {!quiz.published && " · draft"}
                </span>
              </SortHeader>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.userId} className="border-b border-slate-100 align-top">
              <th scope="row" className="px-3 py-2 font-medium">
                {row.name}
              </th>
              <td className="px-3 py-2 text-sm break-all">{row.email}</td>
              {quizzes.map((quiz) => {
                const cell = row.cells[quiz.id]!;
                return (
                  <td key={quiz.id} className="px-3 py-2">
                    <span className="block font-semibold tabular-nums">{formatPercent(cell.grade)}</span>
                    <span className="block text-sm text-slate-700">
                      {cell.attempts} {cell.attempts === 1 ? "attempt" : "attempts"}
                      {quiz.attemptsAllowed !== null && ` of ${quiz.attemptsAllowed}`}
                    </span>
                    <span className={`block text-sm ${statusTone[cell.status]}`}>{statusLabels[cell.status]}</span>
                  </td>
                );
              })}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={2 + quizzes.length} className="px-3 py-4 text-slate-700">
                No learner matches these filters.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
