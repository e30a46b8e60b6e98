import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { attemptsAllowedText, formatDuration, gradingMethodDescriptions, marksText } from "@/lib/attempts/describe-rules";
import { formatWhen } from "@/lib/attempts/eligibility";
import { loadQuizOverview } from "@/server/attempts/overview";
import { idParam } from "../../../../../lib/route-params";
import { guardPage } from "../../../../../lib/page-guard";
import { StartAttemptForm } from "../../../../../ui/quizzes/start-attempt-form";

export const metadata: Metadata = { title: "Quiz" };

const when = (date: Date) => formatWhen(date, "UTC");

export default async function QuizPage({ params }: { params: Promise<{ course: string; quiz: string }> }) {
  const { course: courseSlug, quiz: rawQuizId } = await params;
  const path = `/courses/${courseSlug}/quizzes/${rawQuizId}`;
  const { user, access } = await guardPage(() => guards.requireEnrollment(courseSlug), path);
  if (access !== "learner") {
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">Quiz</h1>
        <p className="text-slate-700">
          Quizzes are taken by enrolled learners. Set this quiz up from <Link href={`/teach/courses/${courseSlug}/quizzes`} className="text-blue-800 underline underline-offset-4">the course&apos;s quizzes</Link>.
        </p>
      </div>
    );
  }
  const overview = await guardPage(async () => loadQuizOverview({ db: await getDb(), user, quizId: idParam(rawQuizId, "That quiz") }), path);
  if (overview.course.slug !== courseSlug) notFound();
  const { quiz, rules, open, canStart, attempts } = overview;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/courses/${courseSlug}/quizzes`} className="text-blue-800 underline underline-offset-4">
          {overview.course.title}: quizzes
        </Link>
      </nav>
      <h1 className="text-3xl font-bold">{quiz.title}</h1>
      {quiz.instructions && <p className="whitespace-pre-line text-slate-800">{quiz.instructions}</p>}

      <section aria-labelledby="rules" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="rules" className="text-lg font-semibold">
          Rules
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Questions</dt>
          <dd>{quiz.questionCount}</dd>
          <dt className="font-medium">Time limit</dt>
          <dd>{rules.timeLimitSeconds === null ? "None" : formatDuration(rules.timeLimitSeconds)}</dd>
          {rules.opensAt && (
            <>
              <dt className="font-medium">Opens</dt>
              <dd>{when(rules.opensAt)}</dd>
            </>
          )}
          {rules.closesAt && (
            <>
              <dt className="font-medium">Closes</dt>
              <dd>{when(rules.closesAt)}</dd>
            </>
          )}
          <dt className="font-medium">Attempts</dt>
          <dd>{attemptsAllowedText(rules.attemptsAllowed, attempts.length)}</dd>
          <dt className="font-medium">Grading</dt>
          <dd>{gradingMethodDescriptions[quiz.gradingMethod]}</dd>
        </dl>
        {overview.grade !== undefined && (
          <p className="mt-4 font-medium">Your grade: {overview.grade === null ? "not available yet (awaiting grading)" : `${Math.round(overview.grade * 1000) / 10} %`}</p>
        )}
      </section>

      <section aria-labelledby="take" className="space-y-3">
        <h2 id="take" className="text-lg font-semibold">
          {open ? "Attempt in progress" : "Take the quiz"}
        </h2>
        {open ? (
          <>
            <p className="text-slate-700">
              Attempt {open.number} is in progress{open.deadlineAt ? ` and must be submitted by ${when(open.deadlineAt)}` : ""}. Your saved answers are kept.
            </p>
            <Link href={open.url} className="inline-block rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
              Continue attempt {open.number}
            </Link>
          </>
        ) : canStart.ok ? (
          <StartAttemptForm
            quizId={quiz.id}
            label={attempts.length === 0 ? "Start attempt" : `Start attempt ${attempts.length + 1}`}
            timeLimitNote={rules.timeLimitSeconds === null ? null : `Once started, the clock runs for ${formatDuration(rules.timeLimitSeconds)} even if you close the page; the attempt is then submitted with the answers saved so far.`}
          />
        ) : (
          <p className="font-medium text-slate-800">{canStart.message}</p>
        )}
      </section>

      {attempts.length > 0 && (
        <section aria-labelledby="attempts" className="space-y-3">
          <h2 id="attempts" className="text-lg font-semibold">
            Your attempts
          </h2>
          <table className="w-full border-collapse overflow-hidden rounded-lg border border-slate-200 bg-white text-left">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-3">Attempt</th>
                <th scope="col" className="p-3">Submitted</th>
                <th scope="col" className="p-3">Marks</th>
                <th scope="col" className="p-3"><span className="sr-only">Review</span></th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((attempt) => (
                <tr key={attempt.id} className="border-t border-slate-200">
                  <th scope="row" className="p-3 font-medium">{attempt.number}</th>
                  <td className="p-3">
                    {attempt.submittedAt ? when(attempt.submittedAt) : ""}
                    {attempt.submittedBy === "deadline" ? " (at the deadline)" : ""}
                  </td>
                  <td className="p-3">
                    {"maxMarks" in attempt && attempt.maxMarks !== undefined
                      ? attempt.needsGrading
                        ? "Awaiting grading"
                        : marksText(attempt.sumMarks, attempt.maxMarks)
                      : attempt.needsGrading
                        ? "Awaiting grading"
                        : "Not shown yet"}
                  </td>
                  <td className="p-3">
                    <Link href={attempt.reviewUrl} className="text-blue-800 underline underline-offset-4">
                      Review attempt {attempt.number}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
