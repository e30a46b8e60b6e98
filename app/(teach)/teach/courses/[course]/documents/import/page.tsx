import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { DocumentUploadForm } from "@/app/ui/document-import/upload-form";
import { guards } from "@/auth";

export const metadata: Metadata = { title: "New unit from a document" };

export default async function ImportDocumentPage({ params, searchParams }: { params: Promise<{ course: string }>; searchParams: Promise<{ discarded?: string }> }) {
  const { course: courseSlug } = await params;
  const query = await searchParams;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), `/teach/courses/${courseSlug}/documents/import`);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/teach" className="text-blue-800 underline underline-offset-4">
          Teaching
        </Link>{" "}
        ›{" "}
        <Link href={`/teach/courses/${course.slug}/units`} className="text-blue-800 underline underline-offset-4">
          {course.title}: units
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">New unit from a document</h1>
        <p className="text-slate-700">
          Upload or paste an article. Page furniture (menus, share links, comments, adverts) is removed, and its title and sections are found for you to check: each section
          becomes a lesson of a draft unit, which learners see once you publish it. Text is kept as plain text.
        </p>
      </header>
      {query.discarded && (
        <p role="status" className="rounded-lg border border-slate-300 bg-white p-4">
          The document was discarded; nothing was created.
        </p>
      )}
      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <DocumentUploadForm courseSlug={course.slug} />
      </section>
    </div>
  );
}
