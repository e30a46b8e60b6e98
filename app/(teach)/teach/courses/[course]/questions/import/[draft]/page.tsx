import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { idParam } from "@/app/lib/route-params";
import { ConfirmForm } from "@/app/ui/question-import/confirm-form";
import { KeySummary } from "@/app/ui/regrade/key-summary";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { storedFormOf } from "@/lib/interchange/stored-form";
import { questionTypeLabels } from "@/lib/quizzes/form-fields";
import { keyFormOf } from "@/lib/regrade/key-form";
import { loadImportPreview } from "@/server/interchange/import";

export const metadata: Metadata = { title: "Import preview" };

export default async function ImportPreviewPage({ params }: { params: Promise<{ course: string; draft: string }> }) {
  const { course: courseSlug, draft: rawDraftId } = await params;
  const here = `/teach/courses/${courseSlug}/questions/import/${rawDraftId}`;
  const { course, user } = await guardPage(() => guards.requireCourseInstructor(courseSlug), here);
  const db = await getDb();
  const draftId = await guardPage(async () => idParam(rawDraftId, "That import"), here);
  const { preview, formatLabel, lessons } = await guardPage(() => loadImportPreview({ db, courseId: course.id, user, draftId }), here);
  const { questions, problems, skipped } = preview;
  const suggestedTag = preview.fileName === "pasted text" ? "" : preview.fileName.replace(/\.(gift\.txt|gift|txt|xml)$/i, "").slice(0, 60).replaceAll(",", " ");
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/teach" className="text-blue-800 underline underline-offset-4">
          Teaching
        </Link>{" "}
        ›{" "}
        <Link href={`/teach/courses/${course.slug}/questions/import`} className="text-blue-800 underline underline-offset-4">
          {course.title}: import questions
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Import preview: {preview.fileName}</h1>
        <p className="text-lg">
          {formatLabel}: {questions.length} {questions.length === 1 ? "question" : "questions"} ready, {problems.length} {problems.length === 1 ? "problem" : "problems"},{" "}
          {skipped.length} skipped. Nothing has been added to the bank yet.
        </p>
      </header>

      {problems.length > 0 && (
        <section aria-labelledby="problems-heading" className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-5">
          <h2 id="problems-heading" className="text-xl font-semibold text-red-900">
            Problems
          </h2>
          <p>These parts of the file will not be imported. Fix them in the file and upload it again, or import the rest now.</p>
          <ul className="list-disc space-y-1 pl-6">
            {problems.map((problem, index) => (
              <li key={index}>
                <span className="font-semibold">Line {problem.line}:</span> {problem.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      {skipped.length > 0 && (
        <section aria-labelledby="skipped-heading" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-5">
          <h2 id="skipped-heading" className="text-xl font-semibold">
            Skipped: types Rampart does not support
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {skipped.map((entry, index) => (
              <li key={index}>
                <span className="font-semibold">Line {entry.line}</span>
                {entry.name ? ` (“${entry.name}”)` : ""}, {entry.sourceType}: {entry.reason}
              </li>
            ))}
          </ul>
        </section>
      )}

      {questions.length > 0 && (
        <>
          <section aria-labelledby="add-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="add-heading" className="text-xl font-semibold">
              Add to the bank
            </h2>
            <ConfirmForm courseSlug={course.slug} draftId={draftId} count={questions.length} lessons={lessons} suggestedTag={suggestedTag} />
          </section>
          <section aria-labelledby="questions-heading" className="space-y-3">
            <h2 id="questions-heading" className="text-xl font-semibold">
              Questions found
            </h2>
            <ol className="space-y-4">
              {questions.map((entry, index) => (
                <li key={index} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
                  <p className="text-sm text-slate-700">
                    Line {entry.line} · {questionTypeLabels[entry.question.type]} · “{entry.name}”{entry.tags.length > 0 && ` · tags: ${entry.tags.join(", ")}`}
                  </p>
                  <p className="whitespace-pre-line font-medium">{entry.question.stem}</p>
                  <KeySummary keyForm={keyFormOf(storedFormOf(entry.question))} />
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
      {questions.length === 0 && (
        <p className="rounded-lg border border-slate-200 bg-white p-4">
          No question in this file can be imported, so nothing will be written.{" "}
          <Link href={`/teach/courses/${course.slug}/questions/import`} className="text-blue-800 underline underline-offset-4">
            Upload another file
          </Link>
          .
        </p>
      )}
    </div>
  );
}
