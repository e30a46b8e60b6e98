import type { Metadata } from "next";
import { guardPage } from "@/app/lib/page-guard";
import { GradebookFilters } from "@/app/ui/gradebook/gradebook-filters";
import { GradebookTable } from "@/app/ui/gradebook/gradebook-table";
import { TeachCourseNav } from "@/app/ui/gradebook/teach-nav";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { parseGradebookQuery } from "@/lib/gradebook/gradebook";
import { loadGradebook } from "@/server/gradebook/gradebook";

export const metadata: Metadata = { title: "Gradebook" };

const link = "text-blue-800 underline underline-offset-4";

export default async function GradebookPage({ params, searchParams }: { params: Promise<{ course: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { course: courseSlug } = await params;
  const base = `/teach/courses/${courseSlug}/gradebook`;
  const db = await getDb();
  const query = parseGradebookQuery(await searchParams);
  const book = await guardPage(() => loadGradebook({ db, guards, courseSlug, query }), base);
  return (
    <div className="space-y-6">
      <TeachCourseNav courseSlug={book.course.slug} courseTitle={book.course.title} current="gradebook" />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Gradebook</h1>
        <p className="text-slate-700">
          {book.course.title}: each learner’s grade per quiz under that quiz’s grading method, the attempts they have used and where they stand. A grade appears once every answer
          counted is marked.
        </p>
      </header>
      <section aria-labelledby="downloads" className="space-y-2">
        <h2 id="downloads" className="text-lg font-semibold">
          Downloads
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <a href={`${base}/export.csv`} className={link} download>
              Gradebook as CSV
            </a>{" "}
            <span className="text-slate-700">(one row per learner: grade %, attempts and status per quiz)</span>
          </li>
          {book.quizzes.map((quiz) => (
            <li key={quiz.id}>
              <a href={`${base}/quizzes/${quiz.id}/export.csv`} className={link} download>
                Marks per question: {quiz.title}
              </a>{" "}
              <span className="text-slate-700">(CSV, one row per submitted attempt)</span>
            </li>
          ))}
        </ul>
      </section>
      <GradebookFilters action={base} query={book.query} />
      {book.quizzes.length === 0 && <p className="text-slate-700">This course has no quizzes yet.</p>}
      <GradebookTable base={base} courseTitle={book.course.title} quizzes={book.quizzes} rows={book.rows} query={book.query} learnerCount={book.learnerCount} />
    </div>
  );
}
