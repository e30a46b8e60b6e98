import type { Metadata } from "next";
import Link from "next/link";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { loadReviewSession } from "@/server/review/review";
import { guardPage } from "../../../../lib/page-guard";
import { ReviewRunner } from "../../../../ui/review/review-runner";
import { ReviewStatus } from "../../../../ui/review/review-status";

export const metadata: Metadata = { title: "Review" };

/** The learner's due review questions in this course, earliest due first; each answer reschedules its question. */
export default async function ReviewPage({ params }: { params: Promise<{ course: string }> }) {
  const { course: slug } = await params;
  const { course, user, access } = await guardPage(() => guards.requireEnrollment(slug), `/courses/${slug}/review`);
  const courseHref = `/courses/${course.slug}`;
  const session = access === "learner" ? await loadReviewSession({ db: await getDb(), user, courseId: course.id }) : null;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={courseHref} className="text-blue-800 underline underline-offset-4">
          {course.title}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold">Review</h1>
      <p className="text-slate-700">
        Every question you answer comes back here when you are about to forget it: sooner after a wrong answer, later after a right one. Reviews never count towards your grades.
      </p>
      {session ? (
        <>
          <ReviewStatus cards={session.cards} due={session.due} nextDue={session.nextDue} nextReview={session.nextReview} courseHref={courseHref} />
          {session.questions.length > 0 && (
            <ReviewRunner key={session.questions.map((question) => question.cardId).join()} courseId={course.id} questions={session.questions} moreDue={session.due > session.questions.length} />
          )}
        </>
      ) : (
        <p className="text-slate-700">Review is kept for enrolled learners only.</p>
      )}
    </div>
  );
}
