import type { Metadata } from "next";
import Link from "next/link";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { listCourseOutline } from "@/db/queries/lessons";
import { readingMinutes } from "@/lib/reading-time";
import { guardPage } from "../../../lib/page-guard";

export const metadata: Metadata = { title: "Course" };

export default async function CoursePage({ params }: { params: Promise<{ course: string }> }) {
  const { course: slug } = await params;
  const { course, access } = await guardPage(() => guards.requireEnrollment(slug), `/courses/${slug}`);
  const outline = await listCourseOutline({ db: await getDb(), courseId: course.id });
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{course.title}</h1>
        <p className="max-w-3xl text-slate-700">{course.description}</p>
        {access !== "learner" && (
          <p className="text-sm text-slate-600">
            You see this course as {access === "admin" ? "an admin" : "its instructor"}. Join code: <strong>{course.joinCode}</strong>
          </p>
        )}
      </header>
      {outline.length === 0 ? (
        <p className="text-slate-700">This course has no published units yet.</p>
      ) : (
        outline.map((unit, unitIndex) => (
          <section key={unit.id} aria-labelledby={`unit-${unit.slug}`} className="rounded-lg border border-slate-200 bg-white p-5 sm:p-6">
            <p className="text-sm font-medium uppercase tracking-wide text-slate-600">
              Unit {unitIndex + 1}
              {unit.kind ? ` · ${unit.kind}` : ""}
            </p>
            <h2 id={`unit-${unit.slug}`} className="mt-1 text-xl font-semibold">
              {unit.title}
            </h2>
            {unit.author && <p className="mt-1 text-slate-700">By {unit.author}</p>}
            <ol className="mt-4 divide-y divide-slate-200">
              {unit.lessons.map((lesson, index) => (
                <li key={lesson.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
                  <Link href={`/courses/${course.slug}/lessons/${lesson.slug}`} className="font-medium text-blue-900 underline-offset-4 hover:underline">
                    {index + 1}. {lesson.title}
                  </Link>
                  <span className="text-sm text-slate-600">{readingMinutes(lesson.wordCount)} min read</span>
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
    </div>
  );
}
