import type { Metadata } from "next";
import Link from "next/link";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { formatDuration } from "@/lib/attempts/describe-rules";
import { formatWhen } from "@/lib/attempts/eligibility";
import { listCourseQuizzes } from "@/server/attempts/overview";
import { quizUrl } from "@/server/attempts/urls";
import { guardPage } from "../../../../lib/page-guard";

export const metadata: Metadata = { title: "Quizzes" };

export default async function QuizzesPage({ params }: { params: Promise<{ course: string }> }) {
  const { course: slug } = await params;
  const { course, user } = await guardPage(() => guards.requireEnrollment(slug), `/courses/${slug}/quizzes`);
  const quizzes = await listCourseQuizzes({ db: await getDb(), user, courseId: course.id });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/courses/${course.slug}`} className="text-blue-800 underline underline-offset-4">
          {course.title}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold">Quizzes</h1>
      {quizzes.length === 0 ? (
        <p className="text-slate-700">No quiz is open in this course yet.</p>
      ) : (
        <ul className="space-y-3">
          {quizzes.map((quiz) => (
            <li key={quiz.id} className="rounded-lg border border-slate-200 bg-white p-5">
              <h2 className="text-lg font-semibold">
                <Link href={quizUrl(course.slug, quiz.id)} className="text-blue-900 underline-offset-4 hover:underline">
                  {quiz.title}
                </Link>
              </h2>
              <p className="mt-1 text-slate-700">
                {[
                  quiz.timeLimitSeconds ? `Time limit ${formatDuration(quiz.timeLimitSeconds)}` : "No time limit",
                  quiz.closesAt ? `closes ${formatWhen(quiz.closesAt, "UTC")}` : null,
                  quiz.inProgress ? "attempt in progress" : quiz.finishedAttempts > 0 ? `${quiz.finishedAttempts} attempt${quiz.finishedAttempts === 1 ? "" : "s"} done` : "not attempted",
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
