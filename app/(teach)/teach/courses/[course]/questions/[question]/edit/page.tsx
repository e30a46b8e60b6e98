import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { idParam } from "@/app/lib/route-params";
import { BankBreadcrumb } from "@/app/ui/question-bank/breadcrumb";
import { QuestionEditor } from "@/app/ui/question-bank/question-editor";
import { bankUrl, editQuestionUrl, questionHistoryUrl, questionStatusUrl } from "@/app/ui/question-bank/urls";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { listLessonChoices } from "@/db/queries/quiz-admin";
import { formValuesOf } from "@/lib/question-bank/form-values";
import { loadBankQuestion } from "@/server/question-bank/load";
import { saveQuestionAction } from "../../actions";

export const metadata: Metadata = { title: "Edit question" };

const link = "text-blue-800 underline underline-offset-4";

export default async function EditQuestionPage({ params, searchParams }: { params: Promise<{ course: string; question: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { course: courseSlug, question: questionParam } = await params;
  const { saved } = await searchParams;
  const here = `/teach/courses/${courseSlug}/questions/${questionParam}/edit`;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), here);
  const db = await getDb();
  const loaded = await guardPage(() => loadBankQuestion({ db, courseId: course.id, questionId: idParam(questionParam, "That question") }), here);
  const lessons = await listLessonChoices({ db, courseId: course.id });
  const { row } = loaded;
  return (
    <div className="space-y-6">
      <BankBreadcrumb courseSlug={course.slug} courseTitle={course.title} trail={[{ href: editQuestionUrl(course.slug, row.id), label: "Edit question" }]} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Edit question</h1>
        <p className="text-slate-700">
          Version {row.currentVersion}
          {row.status === "retired" && " (retired: random slots do not draw it)"}. Saving a change makes version {row.currentVersion + 1}: attempts already made keep the version they
          were given; new attempts and practice get the new one.
        </p>
        <p className="flex flex-wrap gap-4">
          <Link href={questionHistoryUrl(course.slug, row.id)} className={link}>
            Version history
          </Link>
          <Link href={questionStatusUrl(course.slug, row.id)} className={link}>
            {row.status === "active" ? "Retire this question" : "Restore this question"}
          </Link>
        </p>
      </header>
      <div role="status" aria-live="polite">
        {saved === "created" && <p className="font-medium text-green-800">Question created (version 1).</p>}
        {saved && /^\d+$/.test(saved) && <p className="font-medium text-green-800">Saved as version {saved}.</p>}
      </div>
      <QuestionEditor
        key={row.currentVersion}
        action={saveQuestionAction}
        courseSlug={course.slug}
        questionId={row.id}
        version={row.currentVersion}
        initial={formValuesOf(loaded.question, loaded.meta)}
        lessons={lessons}
        cancelHref={bankUrl(course.slug)}
      />
    </div>
  );
}
