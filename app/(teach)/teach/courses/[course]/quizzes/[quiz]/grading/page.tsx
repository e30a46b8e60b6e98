import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { idParam } from "@/app/lib/route-params";
import { GradingProgress } from "@/app/ui/grading/progress";
import { attemptsUrl, queueUrl, responseUrl, viewFrom } from "@/app/ui/grading/urls";
import { ViewLinks } from "@/app/ui/grading/view-links";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { groupQueue, nextToGrade } from "@/lib/grading/queue";
import { loadGradingQueue } from "@/server/grading/queue";
import { QuizBreadcrumb } from "../../_ui/breadcrumb";

export const metadata: Metadata = { title: "Grading" };

export default async function GradingQueuePage({ params, searchParams }: { params: Promise<{ course: string; quiz: string }>; searchParams: Promise<{ by?: string; names?: string; done?: string }> }) {
  const { course: courseSlug, quiz: rawQuizId } = await params;
  const query = await searchParams;
  const view = viewFrom(query);
  const here = `/teach/courses/${courseSlug}/quizzes/${rawQuizId}/grading`;
  const { user, course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), here);
  const db = await getDb();
  const quizId = await guardPage(async () => idParam(rawQuizId, "That quiz"), here);
  const queue = await guardPage(() => loadGradingQueue({ db, courseId: course.id, quizId }), here);
  const groups = groupQueue(queue.entries, view.groupBy);
  const byId = new Map(queue.entries.map((entry) => [entry.responseId, entry]));
  const who = (userId: string) => {
    const entry = queue.entries.find((candidate) => candidate.userId === userId)!;
    return view.names ? entry.learnerName : entry.anonymousLabel;
  };
  const next = nextToGrade(queue.entries, view.groupBy, null);
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <QuizBreadcrumb courseSlug={course.slug} courseTitle={course.title} trail={[{ href: here, label: `Grading: ${queue.quiz.title}` }]} />
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Grading: {queue.quiz.title}</h1>
        <p className="text-slate-700">Every answer that needs a person. Learners are anonymous unless you show their names.</p>
        <GradingProgress graded={queue.progress.graded} total={queue.progress.total} />
        <ViewLinks view={view} href={(target) => queueUrl(course.slug, quizId, target)} />
      </header>
      <div role="status" aria-live="polite">
        {query.done && <p className="font-medium text-green-800">Saved. Every answer in the queue is graded.</p>}
      </div>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        {next && (
          <Link prefetch={false} href={responseUrl(course.slug, quizId, next.responseId, view)} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
            Start grading
          </Link>
        )}
        <Link href={attemptsUrl(course.slug, quizId, view)} className="py-2 text-blue-800 underline underline-offset-4">
          All attempts: override marks and comment
        </Link>
      </p>
      {groups.length === 0 ? (
        <p className="text-slate-700">No answer to this quiz needs grading by hand.</p>
      ) : (
        groups.map((group, index) => {
          const first = byId.get(group.entries[0]!.responseId)!;
          const title = view.groupBy === "question" ? `Question: ${first.questionLabel}` : who(group.key);
          return (
            <section key={group.key} aria-labelledby={`group-${index}`} className="space-y-2">
              <h2 id={`group-${index}`} className="text-xl font-semibold">
                {title}
              </h2>
              <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                {group.entries.map((entry) => {
                  const claim = queue.claimedBy(entry.responseId, user.id);
                  return (
                    <li key={entry.responseId} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                      <Link prefetch={false} href={responseUrl(course.slug, quizId, entry.responseId, view)} className="text-blue-800 underline underline-offset-4">
                        {view.groupBy === "question" ? who(entry.userId) : `Question ${entry.position}: ${entry.questionLabel}`}
                        {entry.attemptNumber > 1 ? `, attempt ${entry.attemptNumber}` : ""}
                      </Link>
                      <span className="text-sm text-slate-700">
                        {entry.graded ? "Graded" : "To grade"}
                        {claim && ` · being graded by ${claim.name} (opened ${claim.minutesAgo} min ago)`}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })
      )}
    </div>
  );
}
