import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { idParam } from "@/app/lib/route-params";
import { SectionsForm } from "@/app/ui/document-import/sections-form";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { outlineOf, wordsIn } from "@/lib/document-import/boundaries";
import { loadDocumentDraft } from "@/server/documents/import";

export const metadata: Metadata = { title: "Check the sections" };

export default async function DocumentDraftPage({ params }: { params: Promise<{ course: string; draft: string }> }) {
  const { course: courseSlug, draft: rawDraftId } = await params;
  const here = `/teach/courses/${courseSlug}/documents/import/${rawDraftId}`;
  const { course, user } = await guardPage(() => guards.requireCourseInstructor(courseSlug), here);
  const draftId = await guardPage(async () => idParam(rawDraftId, "That document"), here);
  const { draft } = await guardPage(async () => loadDocumentDraft({ db: await getDb(), courseId: course.id, user, draftId }), here);
  const outline = outlineOf(draft.sections);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/teach" className="text-blue-800 underline underline-offset-4">
          Teaching
        </Link>{" "}
        ›{" "}
        <Link href={`/teach/courses/${course.slug}/documents/import`} className="text-blue-800 underline underline-offset-4">
          {course.title}: new unit from a document
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Check the sections: {draft.fileName}</h1>
        <p className="text-slate-700">
          {draft.byline?.author && `By ${draft.byline.author}. `}
          {draft.byline?.date && `Dated ${draft.byline.date}. `}
          {outline.paragraphs.length} paragraphs in {draft.sections.length} sections (
          {draft.sections.map((section) => `${wordsIn(section)}`).join(", ")} words). Nothing is created until you press “Create the draft unit”.
        </p>
      </header>
      {draft.warnings.length > 0 && (
        <section aria-labelledby="warnings-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="warnings-heading" className="font-semibold">
            Worth checking
          </h2>
          <ul className="list-disc pl-6">
            {draft.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </section>
      )}
      {draft.removed.length > 0 && (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">Left out as page furniture ({draft.removed.length})</summary>
          <ul className="mt-2 list-disc pl-6 text-sm text-slate-700">
            {draft.removed.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        </details>
      )}
      <section aria-label="Sections" className="rounded-lg border border-slate-200 bg-white p-5">
        <SectionsForm courseSlug={course.slug} draftId={draftId} title={draft.title} paragraphs={outline.paragraphs} starts={Object.fromEntries(outline.starts)} />
      </section>
    </div>
  );
}
