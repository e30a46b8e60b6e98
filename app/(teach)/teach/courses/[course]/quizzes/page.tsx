import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { ColumnHeadings } from "@/app/ui/column-headings";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { formatAttempts, formatDuration, formatWindow } from "@/lib/quizzes/format";
import { listQuizzes } from "@/server/quizzes/quiz-admin";
import { QuizBreadcrumb } from "./_ui/breadcrumb";
import { QuizCommand } from "./_ui/quiz-command";
import { duplicateQuizAction, previewQuizAction, setQuizStatusAction } from "./builder-actions";

export const metadata: Metadata = { title: "Quizzes" };

const link = "text-blue-800 underline underline-offset-4";

export default async function QuizzesPage({ params, searchParams }: { params: Promise<{ course: string }>; searchParams: Promise<{ saved?: string; published?: string; unpublished?: string; open?: string }> }) {
  const { course: courseSlug } = await params;
  const { saved, published, unpublished, open } = await searchParams;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), `/teach/courses/${courseSlug}/quizzes`);
  const quizzes = await listQuizzes({ db: await getDb(), courseId: course.id });
  const savedQuiz = quizzes.find((quiz) => quiz.id === saved);
  const publishedQuiz = quizzes.find((quiz) => quiz.id === published);
  const unpublishedQuiz = quizzes.find((quiz) => quiz.id === unpublished);
  const stillOpen = Number.parseInt(open ?? "0", 10) || 0;
  const base = `/teach/courses/${course.slug}/quizzes`;
  return (
    <div className="space-y-6">
      <QuizBreadcrumb courseSlug={course.slug} courseTitle={course.title} trail={[]} />
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">Quizzes</h1>
          <p className="mt-2 text-slate-700">{course.title}: graded quizzes, their windows and limits. Times are in UTC.</p>
          <p className="mt-1 text-slate-700">Preview runs a quiz as a learner would, without recording anything. Unpublishing keeps every attempt and grade.</p>
        </div>
        <Link href={`${base}/new`} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
          New quiz
        </Link>
      </header>
      <div role="status" aria-live="polite">
        {savedQuiz && <p className="font-medium text-green-800">Saved “{savedQuiz.title}”.</p>}
        {publishedQuiz && <p className="font-medium text-green-800">Published “{publishedQuiz.title}”: learners can see it and attempt it while it is open.</p>}
        {unpublishedQuiz && (
          <p className="font-medium text-green-800">
            Unpublished “{unpublishedQuiz.title}”: learners no longer see it and cannot start it.{" "}
            {stillOpen > 0 ? `${stillOpen} attempt${stillOpen === 1 ? " is" : "s are"} in progress and can still be submitted until the deadline.` : "No attempt was in progress."} Finished attempts and grades are kept.
          </p>
        )}
      </div>
      {quizzes.length === 0 ? (
        <p className="text-slate-700">This course has no quizzes yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">Quizzes in {course.title}</caption>
            <ColumnHeadings headings={["Title", "Status", "Questions", "Window", "Time limit", "Attempts allowed", "Actions"]} />
            <tbody>
              {quizzes.map((quiz) => (
                <tr key={quiz.id} className="border-b border-slate-100 align-top">
                  <th scope="row" className="px-4 py-2 font-medium">
                    {quiz.title}
                  </th>
                  <td className="px-4 py-2">{quiz.status === "published" ? "Published" : "Draft"}</td>
                  <td className="px-4 py-2 tabular-nums">{quiz.slots}</td>
                  <td className="px-4 py-2">{formatWindow(quiz.opensAt, quiz.closesAt)}</td>
                  <td className="px-4 py-2">{formatDuration(quiz.timeLimitSeconds)}</td>
                  <td className="px-4 py-2">{formatAttempts(quiz.attemptsAllowed)}</td>
                  <td className="min-w-[19rem] px-4 py-2">
                    <div className="mb-2 flex flex-wrap gap-2">
                      <QuizCommand action={previewQuizAction} courseSlug={course.slug} quizId={quiz.id} quizTitle={quiz.title} label="Preview" />
                      <QuizCommand action={duplicateQuizAction} courseSlug={course.slug} quizId={quiz.id} quizTitle={quiz.title} label="Duplicate" />
                      <QuizCommand
                        action={setQuizStatusAction}
                        courseSlug={course.slug}
                        quizId={quiz.id}
                        quizTitle={quiz.title}
                        label={quiz.status === "published" ? "Unpublish" : "Publish"}
                        status={quiz.status === "published" ? "draft" : "published"}
                      />
                    </div>
                    <div className="flex flex-wrap gap-x-3 gap-y-1">
                      <Link href={`${base}/${quiz.id}/edit`} className={link}>
                        Edit<span className="sr-only"> {quiz.title}</span>
                      </Link>
                      <Link href={`${base}/${quiz.id}/accommodations`} className={link}>
                        Accommodations<span className="sr-only"> for {quiz.title}</span>
                      </Link>
                      <Link href={`${base}/${quiz.id}/running`} className={link}>
                        Attempts under way<span className="sr-only"> at {quiz.title}</span>
                      </Link>
                      <Link href={`${base}/${quiz.id}/grading`} className={link}>
                        Grading<span className="sr-only"> of {quiz.title}</span>
                      </Link>
                      <Link href={`${base}/${quiz.id}/statistics`} className={link}>
                        Statistics<span className="sr-only"> of {quiz.title}</span>
                      </Link>
                      <Link href={`${base}/${quiz.id}/regrade`} className={link}>
                        Fix questions<span className="sr-only"> of {quiz.title}</span>
                      </Link>
                    </div>
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
