import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import Markdown from "react-markdown";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { getCourseLesson } from "@/db/queries/lessons";
import { readingMinutes } from "@/lib/reading-time";
import { guardPage } from "../../../../../lib/page-guard";
import { LessonPanel } from "../../../../../ui/lesson-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Lesson" };
}

export default async function LessonPage({ params }: { params: Promise<{ course: string; lesson: string }> }) {
  const { course: courseSlug, lesson: lessonSlug } = await params;
  const { course } = await guardPage(() => guards.requireEnrollment(courseSlug), `/courses/${courseSlug}/lessons/${lessonSlug}`);
  const found = await getCourseLesson({ db: await getDb(), courseId: course.id, lessonSlug });
  if (!found) notFound();
  const { lesson, document, section } = found;
  const paragraphs = section ? (section.paragraphFrom === section.paragraphTo ? `paragraph ${section.paragraphFrom}` : `paragraphs ${section.paragraphFrom}–${section.paragraphTo}`) : null;
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/courses/${course.slug}`} className="text-blue-800 underline underline-offset-4">
          {course.title}
        </Link>
      </nav>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold leading-tight">{lesson.title}</h1>
        <p className="text-slate-700">{readingMinutes(lesson.wordCount)} min read</p>
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
      <div className="prose-lesson font-serif text-lg text-slate-800">
        <Markdown>{lesson.body}</Markdown>
      </div>
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
    </article>
  );
}
