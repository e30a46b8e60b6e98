import type { QuestionResponses } from "@/lib/statistics";
import { excerpt } from "@/lib/quizzes/format";
import { formatPercent } from "./format";

export interface ResponseQuestion {
  slot: number;
  stem: string | null;
  labels: Record<string, string>;
}

/** One table per question (and per question drawn by a random slot): each answer given, overall and by thirds. */
export function ResponseTables({ groups, questions, drawn }: { groups: QuestionResponses[]; questions: ResponseQuestion[]; drawn: Record<string, { stem: string; labels: Record<string, string> }> }) {
  return (
    <div className="space-y-6">
      {groups.map((group) => {
        const number = questions.findIndex((question) => question.slot === group.slot) + 1;
        const question = group.questionId ? drawn[group.questionId] : questions[number - 1];
        const labels = question?.labels ?? {};
        const subparts = new Set(group.rows.map((row) => row.subpart)).size > 1;
        return (
          <div key={`${group.slot}-${group.questionId ?? ""}-${group.variant ?? ""}`} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="px-4 pt-3 text-left">
                <span className="font-semibold">Question {number}</span>
                {group.questionId && " (drawn at random)"}: {excerpt(question?.stem ?? "", 120)}
                <span className="block text-slate-700">
                  {group.attempts} attempts; top third {group.topAttempts}, bottom third {group.bottomAttempts}.
                </span>
              </caption>
              <thead>
                <tr className="border-b border-slate-300 text-slate-700">
                  {subparts && (
                    <th scope="col" className="px-3 py-2 font-medium">
                      Part
                    </th>
                  )}
                  {["Response", "Credit", "Count", "% of attempts", "Top third", "Bottom third"].map((heading) => (
                    <th key={heading} scope="col" className="px-3 py-2 font-medium">
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {group.rows.length === 0 && (
                  <tr>
                    <td colSpan={subparts ? 7 : 6} className="px-3 py-2 text-slate-700">
                      No responses are analysed for this question type.
                    </td>
                  </tr>
                )}
                {group.rows.map((row) => (
                  <tr key={`${row.subpart}|${row.responseClass}|${row.response}`} className="border-b border-slate-100">
                    {subparts && <td className="px-3 py-2">{labels[row.subpart] ?? row.subpart}</td>}
                    <th scope="row" className="max-w-md px-3 py-2 font-normal">
                      {row.response || labels[row.responseClass] || row.responseClass}
                    </th>
                    <td className="px-3 py-2 tabular-nums">{row.fraction === null ? "–" : formatPercent(row.fraction * 100, 0)}</td>
                    <td className="px-3 py-2 tabular-nums">{row.count}</td>
                    <td className="px-3 py-2 tabular-nums">{formatPercent(group.attempts > 0 ? (row.count * 100) / group.attempts : null, 1)}</td>
                    <td className="px-3 py-2 tabular-nums">{row.top}</td>
                    <td className="px-3 py-2 tabular-nums">{row.bottom}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
