import type { Metadata } from "next";
import { guardPage } from "@/app/lib/page-guard";
import { idParam } from "@/app/lib/route-params";
import { OverrideForm } from "@/app/ui/grading/override-form";
import { RequestReviewButton } from "@/app/ui/grading/request-review-button";
import { attemptsUrl, queueUrl } from "@/app/ui/grading/urls";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { formatMark } from "@/lib/grading/grade-input";
import { formatUtc } from "@/lib/quizzes/format";
import { loadAttemptForOverride } from "@/server/grading/queue";
import { QuizBreadcrumb } from "../../../../_ui/breadcrumb";

export const metadata: Metadata = { title: "Override marks" };

const historyLabels: Record<string, string> = { override: "overridden", grade: "graded", regrade: "regraded", drop_question: "question dropped", restore_question: "question restored" };

const sourceLabels: Record<string, string> = { auto: "marked automatically", manual: "graded by hand", override: "overridden", regrade: "regraded" };

export default async function AttemptOverridePage({
  params,
  searchParams,
}: {
  params: Promise<{ course: string; quiz: string; attempt: string }>;
  searchParams: Promise<{ names?: string; overridden?: string; stale?: string; queued?: string }>;
}) {
  const { course: courseSlug, quiz: rawQuizId, attempt: rawAttemptId } = await params;
  const query = await searchParams;
  const names = query.names === "1";
  const here = `/teach/courses/${courseSlug}/quizzes/${rawQuizId}/grading/attempts/${rawAttemptId}`;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), here);
  const db = await getDb();
  const [quizId, attemptId] = await guardPage(async () => [idParam(rawQuizId, "That quiz"), idParam(rawAttemptId, "That attempt")], here);
  const { quiz, attempt, items } = await guardPage(() => loadAttemptForOverride({ db, courseId: course.id, quizId, attemptId }), here);
  const who = names ? attempt.learnerName : attempt.anonymousLabel;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <QuizBreadcrumb
        courseSlug={course.slug}
        courseTitle={course.title}
        trail={[
          { href: queueUrl(course.slug, quizId, { groupBy: "question", names }), label: `Grading: ${quiz.title}` },
          { href: attemptsUrl(course.slug, quizId, { names }), label: "Attempts" },
        ]}
      />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">
          {who}, attempt {attempt.number}
        </h1>
        <p className="text-slate-700">
          {attempt.deadline}. Marks: {attempt.needsGrading || attempt.sumMarks === null ? "waiting for grading" : `${formatMark(Math.round(attempt.sumMarks * 100) / 100)} of ${formatMark(attempt.maxMarks)}`}.
        </p>
      </header>
      <ol className="space-y-6">
        {items.map((item) => (
          <li key={item.responseId} id={`response-${item.responseId}`}>
            <section aria-labelledby={`heading-${item.responseId}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
              <h2 id={`heading-${item.responseId}`} className="text-xl font-semibold">
                Question {item.number}
              </h2>
              <p className="whitespace-pre-line">{item.stem}</p>
              <div>
                <h3 className="font-medium">Answer</h3>
                {item.answer.length === 0 ? <p className="text-slate-700">Not answered.</p> : item.answer.map((line, index) => <p key={index} className="whitespace-pre-line">{line}</p>)}
              </div>
              <p>
                <span className="font-medium">Mark:</span> {item.mark === null ? "not graded yet" : `${formatMark(item.mark)} of ${formatMark(item.maxMark)}`}
                {item.source && ` (${sourceLabels[item.source] ?? item.source})`}
                {item.dropped && ` — dropped from the quiz (${item.dropped === "removed" ? "removed" : "full marks"})`}
              </p>
              {item.comment && (
                <p>
                  <span className="font-medium">Comment shown to the learner:</span> {item.comment}
                </p>
              )}
              {query.overridden === item.responseId && (
                <p role="status" className="font-medium text-green-800">
                  Mark changed and recorded in the audit log.
                </p>
              )}
              {query.queued === item.responseId && (
                <p role="status" className="font-medium text-green-800">
                  Sent to the grading queue.
                </p>
              )}
              {query.stale === item.responseId && (
                <p role="alert" className="font-medium text-amber-900">
                  Another grader saved this answer while you were changing it; their grade is shown now — yours was not saved.
                </p>
              )}
              {item.history.length > 0 && (
                <details>
                  <summary className="cursor-pointer font-medium">History ({item.history.length})</summary>
                  <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
                    {item.history.map((entry) => (
                      <li key={entry.id}>
                        {formatUtc(entry.at)}: {entry.action === "review_requested" ? (
                          `sent to the grading queue by ${entry.actorName ?? "a former user"}`
                        ) : (
                          <>
                            {historyLabels[entry.action] ?? "graded"} by {entry.actorName ?? "a former user"} from {entry.before?.mark ?? "—"} to {entry.after?.mark ?? "—"}
                            {entry.reason && `, because: ${entry.reason}`}
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              {!item.dropped && item.type !== "essay" && !item.queued && (
                <RequestReviewButton courseSlug={course.slug} quizId={quizId} attemptId={attemptId} responseId={item.responseId} names={names} />
              )}
              {!item.dropped && (
                <OverrideForm
                  key={`${item.responseId}:${item.gradeVersion}`}
                  courseSlug={course.slug}
                  quizId={quizId}
                  attemptId={attemptId}
                  responseId={item.responseId}
                  gradeVersion={item.gradeVersion}
                  maxMark={item.maxMark}
                  mark={item.mark}
                  comment={item.comment}
                  names={names}
                />
              )}
            </section>
          </li>
        ))}
      </ol>
    </div>
  );
}
