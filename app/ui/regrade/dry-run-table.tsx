import { formatMark } from "@/lib/grading/grade-input";
import type { RegradeRow } from "@/lib/regrade/plan";

type Row = RegradeRow & { learnerName: string; attemptNumber: number; preview: boolean; fromVersion: number | null; answer: string };

const outcomeLabels = { changes: "Mark changes", unchanged: "No change", kept: "Kept: graded by hand", in_progress: "In progress: marked when handed in" } as const;

const mark = (value: number | null) => (value === null ? "—" : formatMark(Math.round(value * 100) / 100));

function change(value: number) {
  if (value === 0) return "0";
  return `${value > 0 ? "+" : "−"}${formatMark(Math.round(Math.abs(value) * 100) / 100)}`;
}

/** Every attempt the regrade would touch, with its mark and total before and after. */
export function DryRunTable({ rows }: { rows: readonly Row[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Dry run of the regrade, one row per attempt</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className="px-3 py-2">Learner</th>
            <th scope="col" className="px-3 py-2">Answer</th>
            <th scope="col" className="px-3 py-2">Answered version</th>
            <th scope="col" className="px-3 py-2 text-right">Mark now</th>
            <th scope="col" className="px-3 py-2 text-right">Mark after</th>
            <th scope="col" className="px-3 py-2 text-right">Change</th>
            <th scope="col" className="px-3 py-2 text-right">Attempt total now → after</th>
            <th scope="col" className="px-3 py-2">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.attemptId} className={`border-b border-slate-100 align-top ${row.outcome === "changes" ? "bg-amber-50" : ""}`}>
              <th scope="row" className="px-3 py-2 font-normal">
                {row.learnerName}, attempt {row.attemptNumber}
                {row.preview && " (preview)"}
              </th>
              <td className="max-w-xs px-3 py-2">{row.answer || "Not answered"}</td>
              <td className="px-3 py-2 tabular-nums">{row.fromVersion ?? "—"}</td>
              <td className="px-3 py-2 text-right tabular-nums">{mark(row.before.mark)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{mark(row.after.mark)}</td>
              <td className={`px-3 py-2 text-right font-semibold tabular-nums ${row.change > 0 ? "text-green-800" : row.change < 0 ? "text-red-800" : ""}`}>{change(row.change)}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {row.outcome === "in_progress" ? "—" : `${mark(row.attemptBefore)} → ${mark(row.attemptAfter)} of ${formatMark(row.maxMarks)}`}
              </td>
              <td className="px-3 py-2">{outcomeLabels[row.outcome]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
