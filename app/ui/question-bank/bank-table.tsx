import Link from "next/link";
import { typeLabel } from "@/lib/question-bank/form-fields";
import { excerpt } from "@/lib/question-bank/list-filters";
import type { QuestionType } from "@/lib/questions";
import { editQuestionUrl, questionHistoryUrl, questionStatusUrl } from "./urls";

export interface BankRow {
  id: string;
  type: QuestionType;
  status: "active" | "retired";
  version: number;
  stem: string;
  difficulty: number;
  lessonTitle: string | null;
  tags: string[];
}

const link = "text-blue-800 underline underline-offset-4";

/** One row per question at its current version, with what an instructor can do with it. */
export function BankTable({ courseSlug, caption, rows }: { courseSlug: string; caption: string; rows: BankRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-sm text-slate-700">
            {["Question", "Type", "Lesson", "Tags", "Version", "Status", "Actions"].map((heading) => (
              <th key={heading} scope="col" className="px-3 py-2 font-medium">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const short = excerpt(row.stem);
            return (
              <tr key={row.id} className="border-b border-slate-100 align-top">
                <th scope="row" className="max-w-md px-3 py-2 font-normal">
                  {short}
                </th>
                <td className="px-3 py-2 whitespace-nowrap">{typeLabel(row.type)}</td>
                <td className="px-3 py-2">{row.lessonTitle ?? <span className="text-slate-600">None</span>}</td>
                <td className="px-3 py-2">{row.tags.length ? row.tags.join(", ") : <span className="text-slate-600">None</span>}</td>
                <td className="px-3 py-2 tabular-nums">{row.version}</td>
                <td className="px-3 py-2">{row.status === "active" ? "Active" : <strong className="font-semibold text-slate-900">Retired</strong>}</td>
                <td className="px-3 py-2">
                  <div className="flex flex-col gap-1">
                    <Link href={editQuestionUrl(courseSlug, row.id)} className={link}>
                      Edit<span className="sr-only"> question: {short}</span>
                    </Link>
                    <Link href={questionHistoryUrl(courseSlug, row.id)} className={link}>
                      History<span className="sr-only"> of question: {short}</span>
                    </Link>
                    <Link href={questionStatusUrl(courseSlug, row.id)} className={link}>
                      {row.status === "active" ? "Retire" : "Restore"}
                      <span className="sr-only"> question: {short}</span>
                    </Link>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
