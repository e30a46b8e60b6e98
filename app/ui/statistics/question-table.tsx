import type { ItemAnalysis } from "@/lib/statistics";
import type { FlagKind } from "@/lib/statistics/flags";
import { excerpt } from "@/lib/quizzes/format";
import { questionTypeLabels } from "@/lib/quizzes/form-fields";
import { formatPercent, fractionPercent } from "./format";

export interface QuestionLabel {
  slot: number;
  random: boolean;
  type: string | null;
  stem: string | null;
}

const flagTitles: Record<FlagKind, string> = {
  too_easy: "Too easy",
  too_hard: "Too hard",
  negative_discrimination: "Negative discrimination",
  weak_discrimination: "Weak discrimination",
};

type Item = ItemAnalysis["slots"][number] | ItemAnalysis["drawnQuestions"][number];

const headings = ["Q#", "Question", "Type", "Attempts", "Facility", "SD", "Random guess", "Intended weight", "Effective weight", "Discrimination index", "Discriminative efficiency", "Review"];

/** Per question, Moodle's columns, with flags written out (not colour alone). */
export function QuestionTable({ analysis, questions, drawn }: { analysis: ItemAnalysis; questions: QuestionLabel[]; drawn: Record<string, { stem: string; type: string }> }) {
  return (
    // Wider than most screens: focusable, so keyboard users can scroll it sideways.
    <div tabIndex={0} role="region" aria-label="Question statistics table" className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-blue-700">
      <table className="w-full text-left text-sm">
        <caption className="px-4 pt-3 text-left text-base font-semibold">Question statistics</caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-700">
            {headings.map((heading) => (
              <th key={heading} scope="col" className="px-3 py-2 align-bottom font-medium">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {analysis.slots.map((stats, index) => {
            const label = questions[index];
            const drawnHere = analysis.drawnQuestions.filter((entry) => entry.slots.includes(stats.slot));
            return [
              <Row key={`slot-${stats.slot}`} number={String(index + 1)} stem={stats.random ? "Random question (all drawn)" : (label?.stem ?? "")} type={stats.random ? "Random" : label?.type} stats={stats} slot={stats} />,
              ...drawnHere.map((entry, k) => (
                <Row key={`drawn-${stats.slot}-${entry.questionId}`} number={`${index + 1}.${k + 1}`} stem={drawn[entry.questionId]?.stem ?? ""} type={drawn[entry.questionId]?.type} stats={entry} />
              )),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}

function Row({ number, stem, type, stats, slot }: { number: string; stem: string; type: string | null | undefined; stats: Item; slot?: ItemAnalysis["slots"][number] }) {
  const sdPercent = stats.sd === null || stats.maxMark === 0 ? null : (stats.sd * 100) / stats.maxMark;
  return (
    <tr className="border-b border-slate-100 align-top">
      <th scope="row" className="px-3 py-2 font-medium">
        {number}
      </th>
      <td className="max-w-xs px-3 py-2">{excerpt(stem, 80)}</td>
      <td className="px-3 py-2">{type ? (questionTypeLabels[type as keyof typeof questionTypeLabels] ?? type) : "–"}</td>
      <td className="px-3 py-2 tabular-nums">{stats.s}</td>
      <td className="px-3 py-2 tabular-nums">{fractionPercent(stats.facility)}</td>
      <td className="px-3 py-2 tabular-nums">{formatPercent(sdPercent)}</td>
      <td className="px-3 py-2 tabular-nums">{fractionPercent(stats.randomGuessScore)}</td>
      <td className="px-3 py-2 tabular-nums">{slot ? formatPercent(slot.intendedWeight) : "–"}</td>
      <td className="px-3 py-2 tabular-nums">{slot ? (slot.negativeCovariance ? "Negative covariance" : formatPercent(slot.effectiveWeight)) : "–"}</td>
      <td className="px-3 py-2 tabular-nums">{formatPercent(stats.discriminationIndex)}</td>
      <td className="px-3 py-2 tabular-nums">
        {formatPercent(stats.discriminativeEfficiency)}
        {stats.dubious && <span className="block text-xs text-slate-700">(below 15%)</span>}
      </td>
      <td className="min-w-64 px-3 py-2">
        {stats.flags.length === 0 ? (
          <span className="text-slate-700">No concerns</span>
        ) : (
          <ul className="space-y-1">
            {stats.flags.map((flag) => (
              <li key={flag.kind} className="border-l-4 border-amber-600 pl-2">
                <strong className="font-semibold">Check: {flagTitles[flag.kind]}.</strong> {flag.hint}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
