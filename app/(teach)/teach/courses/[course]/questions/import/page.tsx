import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { UploadForm } from "@/app/ui/question-import/upload-form";
import { guards } from "@/auth";
import { maxQuestionFileBytes } from "@/lib/interchange/read-file";

export const metadata: Metadata = { title: "Import questions" };

export default async function ImportQuestionsPage({ params, searchParams }: { params: Promise<{ course: string }>; searchParams: Promise<{ imported?: string; tag?: string; discarded?: string }> }) {
  const { course: courseSlug } = await params;
  const query = await searchParams;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), `/teach/courses/${courseSlug}/questions/import`);
  const bank = `/teach/courses/${course.slug}/questions`;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/teach" className="text-blue-800 underline underline-offset-4">
          Teaching
        </Link>{" "}
        ›{" "}
        <Link href={bank} className="text-blue-800 underline underline-offset-4">
          {course.title}: question bank
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Import questions</h1>
        <p className="text-slate-700">
          Upload a GIFT, Moodle XML or Aiken file (up to {maxQuestionFileBytes / 1024 / 1024} MB). You will see every question found and every problem with its line number
          before anything is added to the bank. Formatting is reduced to plain text; calculated, Cloze and drag-and-drop questions are listed as skipped.
        </p>
      </header>
      {query.imported && (
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 p-4 font-medium text-green-900">
          {query.imported} {query.imported === "1" ? "question was" : "questions were"} added to the bank{query.tag ? ` with the tag “${query.tag}”` : ""}.{" "}
          <Link href={`${bank}${query.tag ? `?tag=${encodeURIComponent(query.tag)}` : ""}`} className="underline underline-offset-4">
            See them in the question bank
          </Link>
          .
        </p>
      )}
      {query.discarded && (
        <p role="status" className="rounded-lg border border-slate-300 bg-white p-4">
          The import was discarded; nothing was added.
        </p>
      )}
      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <UploadForm courseSlug={course.slug} maxBytes={maxQuestionFileBytes} />
      </section>
    </div>
  );
}
