import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { idParam } from "@/app/lib/route-params";
import { regradeQuestionUrl } from "@/app/ui/regrade/urls";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { questionTypeLabels } from "@/lib/quizzes/form-fields";
import { excerpt } from "@/lib/quizzes/format";
import { loadRegradeOverview } from "@/server/regrade/load";
import { QuizBreadcrumb } from "../../_ui/breadcrumb";

export const metadata: Metadata = { title: "Fix questions" };

const droppedLabels = { full_marks: "Dropped: full marks to everyone", removed: "Dropped: removed from the total" } as const;

export default async function RegradeOverviewPage({ params }: { params: Promise<{ course: string; quiz: string }> }) {
  const { course: courseSlug, quiz: rawQuizId } = await params;
  const here = `/teach/courses/${courseSlug}/quizzes/${rawQuizId}/regrade`;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), here);
  const db = await getDb();
  const quizId = await guardPage(async () => idParam(rawQuizId, "That quiz"), here);
  const { quiz, questions } = await guardPage(() => loadRegradeOverview({ db, courseId: course.id, quizId }), here);
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <QuizBreadcrumb courseSlug={course.slug} courseTitle={course.title} trail={[{ href: `/teach/courses/${course.slug}/quizzes/${quiz.id}/edit`, label: quiz.title }]} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Fix questions: {quiz.title}</h1>
        <p className="max-w-3xl text-slate-700">
          Correct a question&apos;s key, see which attempts&apos; marks would change, then regrade them — or drop a question. Attempts keep the version of a question they
          answered until you regrade them.
        </p>
      </header>
      {questions.length === 0 ? (
        <p role="status" className="rounded-lg border border-slate-200 bg-white p-4">
          This quiz has no questions yet.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Questions of {quiz.title}</caption>
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className="px-4 py-2">Question</th>
                <th scope="col" className="px-4 py-2">Type</th>
                <th scope="col" className="px-4 py-2">Version</th>
                <th scope="col" className="px-4 py-2">Attempts</th>
                <th scope="col" className="px-4 py-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((question) => (
                <tr key={question.questionId} className="border-b border-slate-100 align-top">
                  <th scope="row" className="px-4 py-2 font-normal">
                    <Link href={regradeQuestionUrl(course.slug, quiz.id, question.questionId)} className="text-blue-800 underline underline-offset-4">
                      {excerpt(question.stem, 90)}
                    </Link>
                  </th>
                  <td className="px-4 py-2">{questionTypeLabels[question.type]}</td>
                  <td className="px-4 py-2 tabular-nums">{question.currentVersion}</td>
                  <td className="px-4 py-2 tabular-nums">{question.attempts}</td>
                  <td className="px-4 py-2">
                    {question.droppedAs
                      ? droppedLabels[question.droppedAs]
                      : question.outdated > 0
                        ? `${question.outdated} ${question.outdated === 1 ? "attempt is" : "attempts are"} on an older version: regrade`
                        : question.attempts > 0
                          ? "All attempts on the current version"
                          : "Not answered yet"}
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
