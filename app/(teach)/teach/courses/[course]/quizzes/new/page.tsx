import type { Metadata } from "next";
import { guardPage } from "@/app/lib/page-guard";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { newQuizFormValues } from "@/lib/quizzes/form-values";
import { listTimeZones } from "@/lib/quizzes/time-zone";
import { loadSlotChoices } from "@/server/quizzes/quiz-admin";
import { QuizBreadcrumb } from "../_ui/breadcrumb";
import { QuizForm } from "../_ui/quiz-form";

export const metadata: Metadata = { title: "New quiz" };

export default async function NewQuizPage({ params }: { params: Promise<{ course: string }> }) {
  const { course: courseSlug } = await params;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), `/teach/courses/${courseSlug}/quizzes/new`);
  const choices = await loadSlotChoices({ db: await getDb(), courseId: course.id });
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <QuizBreadcrumb courseSlug={course.slug} courseTitle={course.title} />
      <h1 className="text-3xl font-bold">New quiz</h1>
      <QuizForm courseSlug={course.slug} quizId={null} initial={newQuizFormValues()} choices={choices} timeZones={listTimeZones()} attempts={0} cancelHref={`/teach/courses/${course.slug}/quizzes`} />
    </div>
  );
}
