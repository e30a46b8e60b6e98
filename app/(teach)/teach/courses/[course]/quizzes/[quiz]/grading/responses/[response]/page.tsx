import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { idParam } from "@/app/lib/route-params";
import { GradeForm } from "@/app/ui/grading/grade-form";
import { GradingProgress } from "@/app/ui/grading/progress";
import { queueUrl, responseUrl, viewFrom } from "@/app/ui/grading/urls";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { formatMark } from "@/lib/grading/grade-input";
import { formatUtc } from "@/lib/quizzes/format";
import { loadGradingItem } from "@/server/grading/queue";
import { QuizBreadcrumb } from "../../../../_ui/breadcrumb";

export const metadata: Metadata = { title: "Grade an answer" };

export default async function GradeResponsePage({
  params,
  searchParams,
}: {
  params: Promise<{ course: string; quiz: string; response: string }>;
  searchParams: Promise<{ by?: string; names?: string; stale?: string; saved?: string }>;
}) {
  const { course: courseSlug, quiz: rawQuizId, response: rawResponseId } = await params;
  const query = await searchParams;
  const view = viewFrom(query);
  const here = `/teach/courses/${courseSlug}/quizzes/${rawQuizId}/grading/responses/${rawResponseId}`;
  const { user, course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), here);
  const db = await getDb();
  const [quizId, responseId] = await guardPage(async () => [idParam(rawQuizId, "That quiz"), idParam(rawResponseId, "That answer")], here);
  const item = await guardPage(() => loadGradingItem({ db, courseId: course.id, quizId, responseId, grader: user, groupBy: view.groupBy }), here);
  const learner = view.names ? item.entry.learnerName : item.entry.anonymousLabel;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <QuizBreadcrumb courseSlug={course.slug} courseTitle={course.title} trail={[{ href: queueUrl(course.slug, quizId, view), label: `Grading: ${item.quiz.title}` }]} />
      <header className="space-y-3">
        <h1 className="text-2xl font-bold">
          {learner}, question {item.entry.position}
          {item.entry.attemptNumber > 1 ? ` (attempt ${item.entry.attemptNumber})` : ""}
        </h1>
        <p className="text-slate-700">
          Answer {item.index + 1} of {item.total} in this queue, grouped by {view.groupBy}.
        </p>
        <GradingProgress graded={item.progress.graded} total={item.progress.total} />
      </header>

      <div role="status" aria-live="polite" className="space-y-2">
        {query.saved && !query.stale && <p className="font-medium text-green-800">Saved the previous answer&apos;s grade.</p>}
      </div>
      {query.stale && (
        <p role="alert" className="rounded border border-amber-500 bg-amber-50 p-3 font-medium text-amber-950">
          Another grader saved this answer while you were grading it; their grade is shown now — yours was not saved.
        </p>
      )}
      {item.claimedBy && (
        <p className="rounded border border-amber-500 bg-amber-50 p-3 text-amber-950">
          Being graded by {item.claimedBy.name} (opened {item.claimedBy.minutesAgo === 0 ? "less than a minute" : `${item.claimedBy.minutesAgo} min`} ago). If you both save, the second save is refused.
        </p>
      )}

      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Deadline status</dt>
        <dd>{item.deadline}</dd>
        <dt className="font-medium">Current grade</dt>
        <dd>
          {item.response.state === "manually_graded" && item.response.mark !== null
            ? `${formatMark(item.response.mark)} of ${formatMark(item.maxMark)}${item.lastGradedBy ? `, by ${item.lastGradedBy.name ?? "a former grader"} on ${formatUtc(item.lastGradedBy.at)}` : ""}`
            : `Not graded yet (out of ${formatMark(item.maxMark)})`}
        </dd>
      </dl>

      <section aria-labelledby="question-heading" className="space-y-2">
        <h2 id="question-heading" className="text-xl font-semibold">
          Question
        </h2>
        <p className="whitespace-pre-line">{item.stem}</p>
        {item.modelAnswer && (
          <details className="rounded border border-slate-200 p-3">
            <summary className="cursor-pointer font-medium">Model answer</summary>
            <p className="mt-2 whitespace-pre-line text-slate-800">{item.modelAnswer}</p>
          </details>
        )}
      </section>

      <section aria-labelledby="answer-heading" className="space-y-2">
        <h2 id="answer-heading" className="text-xl font-semibold">
          {view.names ? `${learner}'s answer` : "The learner's answer"}
        </h2>
        <blockquote className="whitespace-pre-line rounded border-l-4 border-slate-400 bg-white p-4">{item.answerText || "(no text)"}</blockquote>
      </section>

      <section aria-labelledby="grade-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="grade-heading" className="text-xl font-semibold">
          {item.rubric ? "Rubric and grade" : "Grade"}
        </h2>
        <GradeForm
          key={`${responseId}:${item.response.gradeVersion}`}
          courseSlug={course.slug}
          quizId={quizId}
          responseId={responseId}
          gradeVersion={item.response.gradeVersion}
          maxMark={item.maxMark}
          rubric={item.rubric}
          initial={{ mark: item.response.state === "manually_graded" ? item.response.mark : null, comment: item.response.comment, selections: item.selections }}
          view={view}
        />
      </section>

      <nav aria-label="Queue" className="flex flex-wrap gap-x-6">
        {item.previousId && (
          <Link prefetch={false} href={responseUrl(course.slug, quizId, item.previousId, view)} className="text-blue-800 underline underline-offset-4">
            Previous answer
          </Link>
        )}
        <Link href={queueUrl(course.slug, quizId, view)} className="text-blue-800 underline underline-offset-4">
          Back to the queue
        </Link>
      </nav>
    </div>
  );
}
