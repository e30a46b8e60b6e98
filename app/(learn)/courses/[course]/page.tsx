import type { Metadata } from "next";
import Link from "next/link";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { listCourseProgress } from "@/db/queries/progress";
import { completion, continueTarget, type MapLesson } from "@/lib/reading/course-map";
import { readingMinutes } from "@/lib/reading-time";
import { loadCourseReview } from "@/server/review/review";
import { getCachedOutline } from "../../../lib/cached-content";
import { guardPage } from "../../../lib/page-guard";
import { ProgressBar } from "../../../ui/reading/progress-bar";
import { LessonMasteryBadge } from "../../../ui/review/lesson-mastery";

export const metadata: Metadata = { title: "Course" };

const statusLabel = { not_started: "Not started", in_progress: "In progress", completed: "Completed" } as const;
const statusLook = {
  not_started: "border-slate-300 text-slate-700",
  in_progress: "border-blue-300 bg-blue-50 text-blue-900",
  completed: "border-green-300 bg-green-50 text-green-900",
} as const;

export default async function CoursePage({ params }: { params: Promise<{ course: string }> }) {
  const { course: slug } = await params;
  const { course, access, user } = await guardPage(() => guards.requireEnrollment(slug), `/courses/${slug}`);
  const learner = access === "learner";
  const [outline, progress, review] = await Promise.all([
    getCachedOutline(course.id),
    learner ? listCourseProgress({ db: await getDb(), userId: user.id, courseId: course.id }) : Promise.resolve(new Map()),
    learner ? loadCourseReview({ db: await getDb(), user, courseId: course.id }) : Promise.resolve(null),
  ]);
  const units = outline.map((unit) => ({
    ...unit,
    lessons: unit.lessons.map((lesson): MapLesson & { title: string; wordCount: number } => {
      const row = progress.get(lesson.id);
      return { ...lesson, status: row?.status ?? "not_started", lastParagraph: row?.lastParagraph ?? 0, updatedAt: row?.updatedAt ?? null };
    }),
  }));
  const allLessons = units.flatMap((unit) => unit.lessons);
  const resume = access === "learner" ? continueTarget(allLessons) : undefined;
  const lessonHref = (lessonSlug: string) => `/courses/${course.slug}/lessons/${lessonSlug}`;

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{course.title}</h1>
        <p className="max-w-3xl text-slate-700">{course.description}</p>
        {access !== "learner" && (
          <p className="text-sm text-slate-600">
            You see this course as {access === "admin" ? "an admin" : "its instructor"}. Join code: <strong>{course.joinCode}</strong>
          </p>
        )}
        <div className="flex flex-wrap gap-4">
          {resume && (
            <Link href={`${lessonHref(resume.slug)}${resume.lastParagraph > 1 ? `#p-${resume.lastParagraph}` : ""}`} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
              Continue: {allLessons.find((lesson) => lesson.id === resume.id)?.title}
            </Link>
          )}
          {review && review.cards > 0 && (
            <Link
              href={`/courses/${course.slug}/review`}
              className={review.due > 0 ? "rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800" : "rounded border border-slate-400 px-4 py-2 text-slate-900 hover:bg-white"}
            >
              Review ({review.due} due)
            </Link>
          )}
          <Link href={`/courses/${course.slug}/quizzes`} className="rounded border border-slate-400 px-4 py-2 text-slate-900 hover:bg-white">
            Quizzes
          </Link>
          <Link href={`/courses/${course.slug}/glossary`} className="rounded border border-slate-400 px-4 py-2 text-slate-900 hover:bg-white">
            Glossary
          </Link>
        </div>
        {access === "learner" && <ProgressBar label="Course progress" {...completion(allLessons)} />}
      </header>
      {units.length === 0 && <p className="text-slate-700">This course has no published units yet.</p>}
      {units.map((unit, unitIndex) => (
        <section key={unit.id} aria-labelledby={`unit-${unit.slug}`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 sm:p-6">
          <div>
            <p className="text-sm font-medium uppercase tracking-wide text-slate-600">
              Unit {unitIndex + 1}
              {unit.kind ? ` · ${unit.kind}` : ""}
            </p>
            <h2 id={`unit-${unit.slug}`} className="mt-1 text-xl font-semibold">
              {unit.title}
            </h2>
            {unit.author && <p className="mt-1 text-slate-700">By {unit.author}</p>}
          </div>
          {access === "learner" && <ProgressBar label={`Unit ${unitIndex + 1} progress`} {...completion(unit.lessons)} />}
          <ol className="divide-y divide-slate-200">
            {unit.lessons.map((lesson, index) => (
              <li key={lesson.id} className="flex flex-wrap items-center justify-between gap-2 py-3" data-lesson={lesson.slug}>
                <Link href={lessonHref(lesson.slug)} className="font-medium text-blue-900 underline-offset-4 hover:underline">
                  {index + 1}. {lesson.title}
                </Link>
                <span className="flex items-center gap-3 text-sm text-slate-700">
                  <span>{readingMinutes(lesson.wordCount)} min read</span>
                  {review?.mastery.has(lesson.id) && <LessonMasteryBadge mastery={review.mastery.get(lesson.id)!} />}
                  {access === "learner" && (
                    <span className={`rounded-full border px-2 py-0.5 text-xs font-medium ${statusLook[lesson.status]}`}>{statusLabel[lesson.status]}</span>
                  )}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
