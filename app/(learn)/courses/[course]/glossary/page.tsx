import type { Metadata } from "next";
import Link from "next/link";
import { guards } from "@/auth";
import { getCachedGlossary } from "../../../../lib/cached-content";
import { guardPage } from "../../../../lib/page-guard";

export const metadata: Metadata = { title: "Glossary" };

export default async function GlossaryPage({ params }: { params: Promise<{ course: string }> }) {
  const { course: slug } = await params;
  const { course } = await guardPage(() => guards.requireEnrollment(slug), `/courses/${slug}/glossary`);
  const glossary = await getCachedGlossary(course.id);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/courses/${course.slug}`} className="text-blue-800 underline underline-offset-4">
          {course.title}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold">Glossary</h1>
      <p className="text-slate-700">
        {glossary.length} key terms from the course&apos;s lessons, with every lesson that defines or uses each one.
      </p>
      <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {glossary.map((entry) => (
          <div key={entry.id} id={entry.id} className="space-y-2 p-5">
            <dt className="text-lg font-semibold">{entry.term}</dt>
            <dd className="text-slate-800">{entry.definition}</dd>
            <dd className="text-sm text-slate-700">
              <span className="sr-only">Appears in: </span>
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {entry.lessons.map((lesson) => (
                  <li key={lesson.slug}>
                    <Link href={`/courses/${course.slug}/lessons/${lesson.slug}`} className="text-blue-800 underline underline-offset-4">
                      {lesson.title}
                    </Link>
                    {lesson.defines ? " (defined)" : ""}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
