import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { storedQuizFormValues } from "@/lib/quizzes/form-values";
import { listTimeZones } from "@/lib/quizzes/time-zone";
import { getQuizForEdit, loadSlotChoices } from "@/server/quizzes/quiz-admin";
import { QuizBreadcrumb } from "../../_ui/breadcrumb";
import { QuizCommand } from "../../_ui/quiz-command";
import { QuizForm } from "../../_ui/quiz-form";
import { previewQuizAction } from "../../builder-actions";

export const metadata: Metadata = { title: "Edit quiz" };

export default async function EditQuizPage({ params, searchParams }: { params: Promise<{ course: string; quiz: string }>; searchParams: Promise<{ copied?: string }> }) {
  const { course: courseSlug, quiz: quizId } = await params;
  const { copied } = await searchParams;
  const here = `/teach/courses/${courseSlug}/quizzes/${quizId}/edit`;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), here);
  const db = await getDb();
  const { quiz, slots, attempts } = await guardPage(() => getQuizForEdit({ db, courseId: course.id, quizId }), here);
  const choices = await loadSlotChoices({ db, courseId: course.id });
  const base = `/teach/courses/${course.slug}/quizzes`;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <QuizBreadcrumb courseSlug={course.slug} courseTitle={course.title} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-3xl font-bold">Edit “{quiz.title}”</h1>
        <div className="flex flex-wrap items-center gap-4">
          <QuizCommand action={previewQuizAction} courseSlug={course.slug} quizId={quiz.id} quizTitle={quiz.title} label="Preview as saved" />
          <Link href={`${base}/${quiz.id}/accommodations`} className="text-blue-800 underline underline-offset-4">
            Accommodations
          </Link>
        </div>
      </div>
      <div role="status" aria-live="polite">
        {copied && <p className="font-medium text-green-800">This is a draft copy with the same settings and questions. Learners do not see it until you publish it.</p>}
      </div>
      <QuizForm courseSlug={course.slug} quizId={quiz.id} initial={storedQuizFormValues(quiz, slots)} choices={choices} timeZones={listTimeZones()} attempts={attempts} cancelHref={base} />
    </div>
  );
}
