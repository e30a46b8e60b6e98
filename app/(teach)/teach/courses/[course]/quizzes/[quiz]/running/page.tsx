import type { Metadata } from "next";
import Link from "next/link";
import { quizAccommodationsPath, runningAttemptsPath } from "@/app/lib/accommodation-paths";
import { guardPage } from "@/app/lib/page-guard";
import { ColumnHeadings } from "@/app/ui/column-headings";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { formatTimeLeft } from "@/lib/attempts/deadline";
import { formatDuration, formatUtc } from "@/lib/quizzes/format";
import { loadRunningAttempts } from "@/server/accommodations/extend";
import { QuizBreadcrumb } from "../../_ui/breadcrumb";
import { ExtendForm } from "../../_ui/extend-form";

export const metadata: Metadata = { title: "Attempts under way" };

export default async function RunningAttemptsPage({ params }: { params: Promise<{ course: string; quiz: string }> }) {
  const { course: courseSlug, quiz: quizId } = await params;
  const db = await getDb();
  const { course, quiz, attempts } = await guardPage(() => loadRunningAttempts({ db, guards, courseSlug, quizId }), runningAttemptsPath(courseSlug, quizId));
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <QuizBreadcrumb courseSlug={course.slug} courseTitle={course.title} trail={[{ href: `/teach/courses/${course.slug}/quizzes/${quiz.id}/edit`, label: quiz.title }]} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Attempts under way: {quiz.title}</h1>
        <p className="text-slate-700">
          Time limit: {formatDuration(quiz.timeLimitSeconds)}. &ldquo;Extend now&rdquo; gives one attempt more time at once; the learner&apos;s countdown shows it within a few seconds.
          For more time on every attempt, set an{" "}
          <Link href={quizAccommodationsPath(course.slug, quiz.id)} className="text-blue-800 underline underline-offset-4">
            accommodation
          </Link>
          .
        </p>
        <p>
          <Link href={runningAttemptsPath(course.slug, quiz.id)} className="text-blue-800 underline underline-offset-4">
            Refresh the list
          </Link>
        </p>
      </header>
      {attempts.length === 0 ? (
        <p className="text-slate-700">No attempt at this quiz is under way.</p>
      ) : (
        <div role="region" aria-labelledby="running-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left">
            <caption id="running-caption" className="px-4 py-2 text-left text-slate-800">
              {attempts.length} {attempts.length === 1 ? "attempt" : "attempts"} under way, the soonest deadline first. Times in UTC, as of loading this page.
            </caption>
            <ColumnHeadings headings={["Learner", "Started", "Deadline", "Time left", "Extend"]} />
            <tbody>
              {attempts.map((attempt) => (
                <tr key={attempt.id} className="border-b border-slate-100 align-top">
                  <th scope="row" className="px-4 py-2 font-medium">
                    {attempt.name}
                    <span className="block text-sm font-normal text-slate-600">
                      {attempt.email}, attempt {attempt.number}
                    </span>
                  </th>
                  <td className="px-4 py-2 whitespace-nowrap">{formatUtc(attempt.startedAt)}</td>
                  <td className="px-4 py-2 whitespace-nowrap">{attempt.deadlineAt ? formatUtc(attempt.deadlineAt) : "None"}</td>
                  <td className="px-4 py-2 tabular-nums">{attempt.secondsLeft === null ? "No limit" : formatTimeLeft(attempt.secondsLeft)}</td>
                  <td className="px-4 py-2">
                    {attempt.deadlineAt ? <ExtendForm courseSlug={course.slug} quizId={quiz.id} attemptId={attempt.id} learnerName={attempt.name} /> : "Untimed"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
