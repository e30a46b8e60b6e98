import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { idParam } from "@/app/lib/route-params";
import { attemptsUrl, attemptUrl, queueUrl } from "@/app/ui/grading/urls";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { formatMark } from "@/lib/grading/grade-input";
import { formatUtc } from "@/lib/quizzes/format";
import { loadQuizAttempts } from "@/server/grading/queue";
import { QuizBreadcrumb } from "../../../_ui/breadcrumb";

export const metadata: Metadata = { title: "Attempts" };

export default async function QuizAttemptsPage({ params, searchParams }: { params: Promise<{ course: string; quiz: string }>; searchParams: Promise<{ names?: string }> }) {
  const { course: courseSlug, quiz: rawQuizId } = await params;
  const names = (await searchParams).names === "1";
  const here = `/teach/courses/${courseSlug}/quizzes/${rawQuizId}/grading/attempts`;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), here);
  const db = await getDb();
  const quizId = await guardPage(async () => idParam(rawQuizId, "That quiz"), here);
  const { quiz, attempts } = await guardPage(() => loadQuizAttempts({ db, courseId: course.id, quizId }), here);
  const view = { groupBy: "question" as const, names };
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <QuizBreadcrumb courseSlug={course.slug} courseTitle={course.title} trail={[{ href: queueUrl(course.slug, quizId, view), label: `Grading: ${quiz.title}` }]} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Attempts: {quiz.title}</h1>
        <p className="text-slate-700">Open an attempt to change any mark, automatic or not, and to comment. Every change is kept in the audit log with its reason.</p>
        <Link href={attemptsUrl(course.slug, quizId, { names: !names })} className="text-blue-800 underline underline-offset-4">
          {names ? "Hide names" : "Show names"}
        </Link>
      </header>
      {attempts.length === 0 ? (
        <p className="text-slate-700">Nobody has submitted an attempt yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left">
            <thead>
              <tr className="border-b border-slate-300 text-sm text-slate-700">
                {["Learner", "Attempt", "Submitted", "Marks", ""].map((heading, index) => (
                  <th key={index} scope="col" className="px-4 py-2 font-medium">
                    {heading || <span className="sr-only">Actions</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {attempts.map((attempt) => {
                const who = names ? attempt.learnerName : attempt.anonymousLabel;
                return (
                  <tr key={attempt.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className="px-4 py-2 font-medium">
                      {who}
                    </th>
                    <td className="px-4 py-2">{attempt.number}</td>
                    <td className="px-4 py-2">
                      {attempt.submittedAt ? formatUtc(attempt.submittedAt) : "—"}
                      <span className="block text-sm text-slate-700">{attempt.deadline}</span>
                    </td>
                    <td className="px-4 py-2">{attempt.needsGrading || attempt.sumMarks === null ? `Needs grading (of ${formatMark(attempt.maxMarks)})` : `${formatMark(Math.round(attempt.sumMarks * 100) / 100)} of ${formatMark(attempt.maxMarks)}`}</td>
                    <td className="px-4 py-2">
                      <Link href={attemptUrl(course.slug, quizId, attempt.id, { names })} className="text-blue-800 underline underline-offset-4">
                        Review and override<span className="sr-only">: {who}, attempt {attempt.number}</span>
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
