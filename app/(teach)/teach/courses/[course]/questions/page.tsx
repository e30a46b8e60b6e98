import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { BankFilterForm } from "@/app/ui/question-bank/bank-filters";
import { BankTable } from "@/app/ui/question-bank/bank-table";
import { BankBreadcrumb } from "@/app/ui/question-bank/breadcrumb";
import { bankUrl, newQuestionUrl } from "@/app/ui/question-bank/urls";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { bankPageSize, bankQuery, readBankFilters } from "@/lib/question-bank/list-filters";
import { loadBankList } from "@/server/question-bank/list";

export const metadata: Metadata = { title: "Question bank" };

const link = "text-blue-800 underline underline-offset-4";
const button = "rounded border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100";

type SearchParams = Record<string, string | string[] | undefined>;

export default async function QuestionBankPage({ params, searchParams }: { params: Promise<{ course: string }>; searchParams: Promise<SearchParams> }) {
  const { course: courseSlug } = await params;
  const search = await searchParams;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), bankUrl(courseSlug));
  const filters = readBankFilters(search);
  const { rows, total, pages, lessons, tags } = await loadBankList({ db: await getDb(), courseId: course.id, filters });
  const base = bankUrl(course.slug);
  const query = bankQuery(filters);
  const exportUrl = (format: string) => `${base}/export?${new URLSearchParams([["format", format], ...query])}`;
  const first = total === 0 ? 0 : (filters.page - 1) * bankPageSize + 1;
  const notice = typeof search.retired === "string" ? "retired" : typeof search.restored === "string" ? "restored" : null;

  return (
    <div className="space-y-6">
      <BankBreadcrumb courseSlug={course.slug} courseTitle={course.title} />
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">Question bank</h1>
          <p className="mt-2 text-slate-700">{course.title}: every question quizzes and practice draw from, at its current version.</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Link href={newQuestionUrl(course.slug)} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
            New question
          </Link>
          <Link href={`${base}/import`} className={button}>
            Import questions
          </Link>
          <Link href={exportUrl("gift")} className={button}>
            Export as GIFT
          </Link>
          <Link href={exportUrl("moodle_xml")} className={button}>
            Export as Moodle XML
          </Link>
        </div>
      </header>
      <div role="status" aria-live="polite">
        {notice && (
          <p className="font-medium text-green-800">
            {search.already ? `That question was already ${notice}.` : notice === "retired" ? "Question retired: random slots no longer draw it." : "Question restored: random slots may draw it again."}
          </p>
        )}
      </div>
      <BankFilterForm action={base} filters={filters} lessons={lessons} tags={tags} />
      <p aria-live="polite" className="text-slate-800">
        {total === 0 ? "No questions match these filters." : `Showing ${first}–${first + rows.length - 1} of ${total} question${total === 1 ? "" : "s"}.`}
        {filters.status === "active" && " Retired questions are hidden: choose a status to see them."}
      </p>
      {rows.length > 0 && <BankTable courseSlug={course.slug} caption={`Questions in ${course.title}, page ${filters.page} of ${pages}`} rows={rows} />}
      {pages > 1 && (
        <nav aria-label="Pages" className="flex flex-wrap items-center gap-4">
          {filters.page > 1 && (
            <Link href={bankUrl(course.slug, bankQuery(filters, { page: filters.page - 1 }))} className={link} rel="prev">
              Previous page
            </Link>
          )}
          <span>
            Page {filters.page} of {pages}
          </span>
          {filters.page < pages && (
            <Link href={bankUrl(course.slug, bankQuery(filters, { page: filters.page + 1 }))} className={link} rel="next">
              Next page
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
