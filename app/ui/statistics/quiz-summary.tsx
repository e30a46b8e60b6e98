import { percentOfMax, type QuizStatistics } from "@/lib/statistics";
import { formatNumber, formatPercent, whichAttemptsLabels } from "./format";

/** The quiz-level figures, marks shown as a percentage of the quiz's total as Moodle shows them. */
export function QuizSummary({ quiz }: { quiz: QuizStatistics }) {
  const ofTotal = (marks: number | null) => formatPercent(percentOfMax(marks, quiz.sumGrades));
  const rows: [string, string, string][] = [
    ["Total marks", formatNumber(quiz.sumGrades, 2), "The sum of the questions' marks."],
    ["Attempts analysed", String(quiz.s), whichAttemptsLabels[quiz.whichAttempts]],
    ["Average grade", ofTotal(quiz.mean), "Mean total, as a percentage of the total marks."],
    ["Median grade", ofTotal(quiz.median), "Half the attempts scored less than this."],
    ["Standard deviation", ofTotal(quiz.standardDeviation), "How spread out the totals are."],
    ["Skewness", formatNumber(quiz.skewness), "Negative when most attempts score high with a tail of low ones."],
    ["Kurtosis", formatNumber(quiz.kurtosis), "Above zero when totals bunch in the middle with long tails."],
    ["Coefficient of internal consistency", formatPercent(quiz.coefficientOfInternalConsistency), "Cronbach's alpha: above 75% means the questions measure one thing consistently."],
    ["Error ratio", formatPercent(quiz.errorRatio), "The share of the spread that is noise; below 50% is good."],
    ["Standard error", ofTotal(quiz.standardError), "How far a learner's grade may be from their true grade by chance."],
  ];
  return (
    <div className="space-y-4">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left">
          <caption className="px-4 pt-3 text-left font-semibold">Quiz figures</caption>
          <thead>
            <tr className="border-b border-slate-300 text-sm text-slate-700">
              <th scope="col" className="px-4 py-2 font-medium">
                Figure
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Value
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                What it means
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, value, meaning]) => (
              <tr key={name} className="border-b border-slate-100">
                <th scope="row" className="px-4 py-2 font-medium">
                  {name}
                </th>
                <td className="px-4 py-2 tabular-nums">{value}</td>
                <td className="px-4 py-2 text-sm text-slate-700">{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left">
          <caption className="px-4 pt-3 text-left font-semibold">Attempts by choice</caption>
          <thead>
            <tr className="border-b border-slate-300 text-sm text-slate-700">
              <th scope="col" className="px-4 py-2 font-medium">
                Attempts
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Number
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Average grade
              </th>
            </tr>
          </thead>
          <tbody>
            {(["first", "last", "highest", "all"] as const).map((key) => (
              <tr key={key} className="border-b border-slate-100">
                <th scope="row" className="px-4 py-2 font-medium">
                  {whichAttemptsLabels[key]}
                </th>
                <td className="px-4 py-2 tabular-nums">{quiz.attempts[key].count}</td>
                <td className="px-4 py-2 tabular-nums">{ofTotal(quiz.attempts[key].mean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
