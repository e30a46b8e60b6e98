import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { marksText } from "@/lib/attempts/describe-rules";
import { formatWhen } from "@/lib/attempts/eligibility";
import { loadAttemptReview } from "@/server/attempts/review";
import { guardPage } from "../../../../lib/page-guard";
import { idParam } from "../../../../lib/route-params";
import { PreviewNotice } from "../../../../ui/quizzes/preview-notice";
import { ReviewQuestion } from "../../../../ui/quizzes/review-question";

export const metadata: Metadata = { title: "Attempt review" };

export default async function AttemptReviewPage({ params }: { params: Promise<{ attempt: string }> }) {
  const { attempt: rawId } = await params;
  const path = `/attempts/${rawId}/review`;
  const user = await guardPage(() => guards.requireUser(), path);
  const review = await guardPage(async () => loadAttemptReview({ db: await getDb(), user, attemptId: idParam(rawId, "That attempt") }), path);
  if (review.inProgress) redirect(review.attemptUrl);
  const { attempt, visible } = review;
  const hidden = !visible.marks && !visible.correctness && !visible.feedback && !visible.rightAnswer;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={review.quiz.url} className="text-blue-800 underline underline-offset-4">
          {review.quiz.title}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold">
        {review.quiz.title}: review of attempt {attempt.number}
      </h1>
      {attempt.preview && <PreviewNotice />}
      <section aria-labelledby="summary" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="summary" className="text-lg font-semibold">
          Summary
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Status</dt>
          <dd>{attempt.submittedBy === "deadline" ? "Submitted automatically at the deadline" : "Submitted"}</dd>
          <dt className="font-medium">Started</dt>
          <dd>{formatWhen(attempt.startedAt, "UTC")}</dd>
          {attempt.submittedAt && (
            <>
              <dt className="font-medium">Submitted</dt>
              <dd>{formatWhen(attempt.submittedAt, "UTC")}</dd>
            </>
          )}
          {"maxMarks" in attempt && attempt.maxMarks !== undefined && (
            <>
              <dt className="font-medium">Marks</dt>
              <dd>{attempt.needsGrading ? `Awaiting grading (some answers are marked by your instructor)` : marksText(attempt.sumMarks, attempt.maxMarks)}</dd>
            </>
          )}
        </dl>
        {!("maxMarks" in attempt) && attempt.needsGrading && <p className="mt-3">Some answers are awaiting grading by your instructor.</p>}
        {hidden && <p className="mt-3 text-slate-700">Your answers are recorded. Marks and feedback for this quiz are not shown at the moment.</p>}
        {review.moreAfterClose && <p className="mt-3 text-slate-700">More may be shown after the quiz closes on {formatWhen(review.moreAfterClose, "UTC")}.</p>}
      </section>
      <ol className="space-y-4">
        {review.items.map((item) => (
          <li key={item.number}>
            <ReviewQuestion item={item} />
          </li>
        ))}
      </ol>
    </div>
  );
}
