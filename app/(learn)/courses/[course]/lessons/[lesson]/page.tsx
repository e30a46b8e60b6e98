import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { getProgress } from "@/db/queries/progress";
import { slugify } from "@/lib/reading/annotate-lesson";
import { readingMinutes } from "@/lib/reading-time";
import { getCachedLesson, getCachedOutline } from "../../../../../lib/cached-content";
import { guardPage } from "../../../../../lib/page-guard";
import { LessonPanel } from "../../../../../ui/lesson-panel";
import { LessonNotes } from "../../../../../ui/notes/lesson-notes";
import { LessonBody } from "../../../../../ui/reading/lesson-body";
import { MarkCompleteButton } from "../../../../../ui/reading/mark-complete-button";
import { ReadingTracker } from "../../../../../ui/reading/reading-tracker";

export const metadata: Metadata = { title: "Lesson" };

const tableOfContentsFrom = 400;

export default async function LessonPage({ params }: { params: Promise<{ course: string; lesson: string }> }) {
  const { course: courseSlug, lesson: lessonSlug } = await params;
  const { course, user, access } = await guardPage(() => guards.requireEnrollment(courseSlug), `/courses/${courseSlug}/lessons/${lessonSlug}`);
  const [found, outline] = await Promise.all([getCachedLesson(course.id, lessonSlug), getCachedOutline(course.id)]);
  if (!found) notFound();
  const { lesson, document, section } = found;
  const progress = access === "learner" ? await getProgress({ db: await getDb(), userId: user.id, lessonId: lesson.id }) : null;

  const sequence = outline.flatMap((unit) => unit.lessons);
  const position = sequence.findIndex((entry) => entry.slug === lesson.slug);
  const previous = sequence[position - 1];
  const next = sequence[position + 1];
  const headings = [...lesson.body.matchAll(/^## +(.+)$/gm)].map((match) => match[1]!.trim());
  const paragraphs = section ? (section.paragraphFrom === section.paragraphTo ? `paragraph ${section.paragraphFrom}` : `paragraphs ${section.paragraphFrom}–${section.paragraphTo}`) : null;

  return (
    <article className="mx-auto max-w-[68ch] space-y-8">
      <nav aria-label="Breadcrumb" className="no-print text-sm">
        <Link href={`/courses/${course.slug}`} className="text-blue-800 underline underline-offset-4">
          {course.title}
        </Link>
      </nav>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold leading-tight">{lesson.title}</h1>
        <p className="text-slate-700">
          Lesson {position + 1} of {sequence.length} · {readingMinutes(lesson.wordCount)} min read
        </p>
        {progress && <ReadingTracker lessonId={lesson.id} initialStatus={progress.status} resumeParagraph={progress.lastParagraph} />}
        {document && (
          <p className="rounded border border-slate-200 bg-white p-3 text-sm text-slate-700">
            <span className="font-semibold">Source: </span>
            <cite>{document.title}</cite>
            {document.author ? `, ${document.author}` : ""}
            {section ? ` — section “${section.title}”` : ""}
            {paragraphs ? `, ${paragraphs}` : ""}.
          </p>
        )}
      </header>
      <LessonPanel id="objectives" title="Learning objectives" tone="accent">
        <ul className="list-disc space-y-1 pl-6">
          {lesson.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </LessonPanel>
      {lesson.wordCount >= tableOfContentsFrom && headings.length > 1 && (
        <nav aria-labelledby="toc" className="no-print rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="toc" className="mb-2 text-lg font-semibold">
            In this lesson
          </h2>
          <ol className="list-decimal space-y-1 pl-6">
            {headings.map((heading) => (
              <li key={heading}>
                <a href={`#${slugify(heading)}`} className="text-blue-800 underline underline-offset-4">
                  {heading}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <LessonBody body={lesson.body} keyTerms={lesson.keyTerms} />
      <div id="lesson-end" aria-hidden="true" />
      <LessonPanel id="key-terms" title="Key terms">
        <dl className="space-y-3">
          {lesson.keyTerms.map((term) => (
            <div key={term.term}>
              <dt className="font-semibold">{term.term}</dt>
              <dd className="text-slate-700">{term.definition}</dd>
            </div>
          ))}
        </dl>
      </LessonPanel>
      <LessonPanel id="discussion" title="For discussion">
        <ul className="list-disc space-y-2 pl-6">
          {lesson.discussion.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      </LessonPanel>
      {progress && (
        <div className="no-print flex flex-wrap items-center gap-4">
          <Link href={`/courses/${course.slug}/lessons/${lesson.slug}/practice`} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
            Practise this lesson
          </Link>
          {progress.status !== "completed" && <MarkCompleteButton lessonId={lesson.id} />}
        </div>
      )}
      {progress && <LessonNotes courseSlug={course.slug} lessonId={lesson.id} />}
      <nav aria-label="Lessons" className="no-print flex flex-wrap justify-between gap-4 border-t border-slate-200 pt-6">
        {previous ? (
          <Link href={`/courses/${course.slug}/lessons/${previous.slug}`} rel="prev" className="text-blue-800 underline underline-offset-4">
            ← Previous: {previous.title}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`/courses/${course.slug}/lessons/${next.slug}`} rel="next" className="text-right text-blue-800 underline underline-offset-4">
            Next: {next.title} →
          </Link>
        ) : (
          <Link href={`/courses/${course.slug}`} className="text-blue-800 underline underline-offset-4">
            Back to the course map
          </Link>
        )}
      </nav>
    </article>
  );
}
