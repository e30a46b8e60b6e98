import type { Metadata } from "next";
import { guardPage } from "@/app/lib/page-guard";
import { idParam } from "@/app/lib/route-params";
import { BankBreadcrumb } from "@/app/ui/question-bank/breadcrumb";
import { StatusForm } from "@/app/ui/question-bank/status-form";
import { bankUrl, questionStatusUrl } from "@/app/ui/question-bank/urls";
import { VersionView } from "@/app/ui/question-bank/version-view";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { loadBankQuestion } from "@/server/question-bank/load";
import { setQuestionStatusAction } from "../../actions";

export const metadata: Metadata = { title: "Retire or restore a question" };

/** The confirmation step: what retiring (or restoring) does, and one button to do it. */
export default async function QuestionStatusPage({ params }: { params: Promise<{ course: string; question: string }> }) {
  const { course: courseSlug, question: questionParam } = await params;
  const here = `/teach/courses/${courseSlug}/questions/${questionParam}/status`;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), here);
  const db = await getDb();
  const { row, question } = await guardPage(() => loadBankQuestion({ db, courseId: course.id, questionId: idParam(questionParam, "That question") }), here);
  const retiring = row.status === "active";
  const title = retiring ? "Retire this question?" : "Restore this question?";
  return (
    <div className="space-y-6">
      <BankBreadcrumb courseSlug={course.slug} courseTitle={course.title} trail={[{ href: questionStatusUrl(course.slug, row.id), label: retiring ? "Retire" : "Restore" }]} />
      <h1 className="text-3xl font-bold">{title}</h1>
      <section aria-label="The question" className="rounded-lg border border-slate-200 bg-white p-5">
        <VersionView question={question} />
      </section>
      <p className="max-w-prose">
        {retiring
          ? "Random slots and practice stop drawing it, and the bank hides it unless you ask for retired questions. Quizzes that name it in a fixed slot keep it, and attempts already made keep their marks. You can restore it at any time."
          : "Random slots and practice may draw it again, and it shows in the bank's list of active questions."}
      </p>
      <StatusForm action={setQuestionStatusAction} courseSlug={course.slug} questionId={row.id} status={retiring ? "retired" : "active"} label={retiring ? "Retire question" : "Restore question"} cancelHref={bankUrl(course.slug)} />
    </div>
  );
}
