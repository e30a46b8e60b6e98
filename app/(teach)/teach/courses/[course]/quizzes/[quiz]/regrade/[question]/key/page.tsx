import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/app/lib/page-guard";
import { idParam } from "@/app/lib/route-params";
import { KeyCorrectionForm } from "@/app/ui/regrade/key-correction-form";
import { KeySummary } from "@/app/ui/regrade/key-summary";
import { regradeQuestionUrl, regradeUrl } from "@/app/ui/regrade/urls";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { questionTypeLabels } from "@/lib/quizzes/form-fields";
import { loadRegradeQuestion } from "@/server/regrade/load";
import { QuizBreadcrumb } from "../../../../_ui/breadcrumb";

export const metadata: Metadata = { title: "Correct the key" };

export default async function CorrectKeyPage({ params }: { params: Promise<{ course: string; quiz: string; question: string }> }) {
  const { course: courseSlug, quiz: rawQuizId, question: rawQuestionId } = await params;
  const here = `/teach/courses/${courseSlug}/quizzes/${rawQuizId}/regrade/${rawQuestionId}/key`;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), here);
  const db = await getDb();
  const [quizId, questionId] = await guardPage(async () => [idParam(rawQuizId, "That quiz"), idParam(rawQuestionId, "That question")], here);
  const view = await guardPage(() => loadRegradeQuestion({ db, courseId: course.id, quizId, questionId }), here);
  const keyForm = view.keyForm;
  if (keyForm.type === "essay") notFound();
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <QuizBreadcrumb
        courseSlug={course.slug}
        courseTitle={course.title}
        trail={[
          { href: regradeUrl(course.slug, quizId), label: `Fix questions: ${view.quiz.title}` },
          { href: regradeQuestionUrl(course.slug, quizId, questionId), label: "Fix a question" },
        ]}
      />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Correct the key</h1>
        <p className="text-slate-700">
          {questionTypeLabels[keyForm.type]}, version {view.question.currentVersion}. Saving makes version {view.question.currentVersion + 1}: new attempts and practice use it at
          once; earlier attempts keep their marks until you regrade them after looking at the dry run.
        </p>
        <p className="max-w-3xl whitespace-pre-line text-lg">{view.question.stem}</p>
      </header>
      <section aria-labelledby="current-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="current-heading" className="text-xl font-semibold">
          Key now
        </h2>
        <KeySummary keyForm={keyForm} />
      </section>
      <section aria-labelledby="corrected-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="corrected-heading" className="text-xl font-semibold">
          Corrected key
        </h2>
        <KeyCorrectionForm courseSlug={course.slug} quizId={quizId} questionId={questionId} keyForm={keyForm} />
      </section>
    </div>
  );
}
