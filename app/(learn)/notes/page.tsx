import type { Metadata } from "next";
import Link from "next/link";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { listMyNotes } from "@/server/notes/notes";
import { guardPage } from "../../lib/page-guard";
import { NoteList } from "../../ui/notes/note-list";

export const metadata: Metadata = { title: "My notes" };

export default async function MyNotesPage() {
  const user = await guardPage(() => guards.requireUser(), "/notes");
  const courses = await listMyNotes({ db: await getDb(), user });
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">My notes</h1>
        <p className="max-w-3xl text-slate-700">Your highlights and notes from every lesson, in reading order. Only you can see them.</p>
      </header>
      {courses.length === 0 && (
        <p className="text-slate-700">
          You have no notes yet. Select a passage in a lesson to highlight it and add a note, or use the “Add a note” form at the end of a lesson.{" "}
          <Link href="/courses" className="text-blue-800 underline underline-offset-4">
            Go to my courses
          </Link>
          .
        </p>
      )}
      {courses.map((course) => (
        <section key={course.id} id={course.slug} aria-labelledby={`course-${course.slug}`} className="scroll-mt-4 space-y-6">
          <h2 id={`course-${course.slug}`} className="text-2xl font-semibold">
            {course.title}
          </h2>
          {course.lessons.map((lesson) => {
            const href = `/courses/${course.slug}/lessons/${lesson.slug}`;
            return (
              <section key={lesson.id} aria-labelledby={`lesson-${lesson.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:p-5">
                <h3 id={`lesson-${lesson.id}`} className="text-lg font-semibold">
                  <Link href={href} className="text-blue-900 underline-offset-4 hover:underline">
                    {lesson.title}
                  </Link>
                </h3>
                <NoteList notes={lesson.notes.map(({ id, anchor, body }) => ({ id, anchor, body }))} lessonHref={href} />
              </section>
            );
          })}
        </section>
      ))}
    </div>
  );
}
