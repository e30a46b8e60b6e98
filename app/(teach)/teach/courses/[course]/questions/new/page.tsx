import type { Metadata } from "next";
import { guardPage } from "@/app/lib/page-guard";
import { BankBreadcrumb } from "@/app/ui/question-bank/breadcrumb";
import { QuestionEditor } from "@/app/ui/question-bank/question-editor";
import { bankUrl, newQuestionUrl } from "@/app/ui/question-bank/urls";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { listLessonChoices } from "@/db/queries/quiz-admin";
import { blankFormValues } from "@/lib/question-bank/form-values";
import { saveQuestionAction } from "../actions";

export const metadata: Metadata = { title: "New question" };

export default async function NewQuestionPage({ params }: { params: Promise<{ course: string }> }) {
  const { course: courseSlug } = await params;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), newQuestionUrl(courseSlug));
  const lessons = await listLessonChoices({ db: await getDb(), courseId: course.id });
  return (
    <div className="space-y-6">
      <BankBreadcrumb courseSlug={course.slug} courseTitle={course.title} trail={[{ href: newQuestionUrl(course.slug), label: "New question" }]} />
      <header>
        <h1 className="text-3xl font-bold">New question</h1>
        <p className="mt-2 text-slate-700">Fields marked optional may stay blank; blank answer rows are left out.</p>
      </header>
      <QuestionEditor action={saveQuestionAction} courseSlug={course.slug} questionId={null} version={null} initial={blankFormValues()} lessons={lessons} cancelHref={bankUrl(course.slug)} />
    </div>
  );
}
