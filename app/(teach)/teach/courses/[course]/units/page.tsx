import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { PublishButton } from "@/app/ui/document-import/publish-button";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { listCourseUnits, uploadSlugPrefix } from "@/db/queries/document-units";

export const metadata: Metadata = { title: "Units" };

export default async function UnitsPage({ params, searchParams }: { params: Promise<{ course: string }>; searchParams: Promise<{ created?: string; published?: string; unpublished?: string }> }) {
  const { course: courseSlug } = await params;
  const query = await searchParams;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), `/teach/courses/${courseSlug}/units`);
  const units = await listCourseUnits({ db: await getDb(), courseId: course.id });
  const named = (id: string | undefined) => units.find((unit) => unit.id === id)?.title;
  const message = query.created
    ? `Draft unit “${named(query.created)}” created. Learners will see it once you publish it.`
    : query.published
      ? `“${named(query.published)}” is published: learners see it on the course map.`
      : query.unpublished
        ? `“${named(query.unpublished)}” is back to draft: learners no longer see it.`
        : null;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/teach" className="text-blue-800 underline underline-offset-4">
          Teaching
        </Link>
      </nav>
      <header className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-3xl font-bold">Units of {course.title}</h1>
        <Link href={`/teach/courses/${course.slug}/documents/import`} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
          New unit from a document
        </Link>
      </header>
      {message && (
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 p-4 font-medium text-green-900">
          {message}
        </p>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Units of {course.title}</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className="px-4 py-2">Unit</th>
              <th scope="col" className="px-4 py-2">Lessons</th>
              <th scope="col" className="px-4 py-2">Source</th>
              <th scope="col" className="px-4 py-2">Status</th>
              <th scope="col" className="px-4 py-2">Action</th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={unit.id} className="border-b border-slate-100 align-middle">
                <th scope="row" className="px-4 py-2 font-medium">
                  {unit.title}
                </th>
                <td className="px-4 py-2 tabular-nums">{unit.lessons}</td>
                <td className="px-4 py-2">{unit.documentSlug?.startsWith(uploadSlugPrefix) ? `Uploaded: ${unit.sourceFile}` : "Course content"}</td>
                <td className="px-4 py-2">{unit.status === "published" ? "Published" : "Draft"}</td>
                <td className="px-4 py-2">
                  <PublishButton courseSlug={course.slug} unitId={unit.id} unitTitle={unit.title} published={unit.status === "published"} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
