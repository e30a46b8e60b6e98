import Link from "next/link";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { listLessonNotes } from "@/server/notes/notes";
import { AddNoteForm } from "./add-note-form";
import { NoteHighlighter } from "./note-highlighter";
import { NoteList } from "./note-list";
import { SelectionNoteComposer } from "./selection-note-composer";

/** The learner's private notes and highlights on a lesson, and the ways to add one. */
export async function LessonNotes({ courseSlug, lessonId }: { courseSlug: string; lessonId: string }) {
  const user = await guards.requireUser();
  const notes = (await listLessonNotes({ db: await getDb(), user, lessonId })).map(({ id, anchor, body }) => ({ id, anchor, body }));
  return (
    <section aria-labelledby="my-notes" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <div className="space-y-1">
        <h2 id="my-notes" className="text-lg font-semibold">
          My notes on this lesson
        </h2>
        <p className="text-sm text-slate-700">
          Only you can see these. Select text in the lesson to highlight it and add a note, or use the form below. All your notes are on{" "}
          <Link href={`/notes#${courseSlug}`} className="text-blue-800 underline underline-offset-4">
            My notes
          </Link>
          .
        </p>
      </div>
      <NoteList notes={notes} empty="You have no notes on this lesson yet." />
      <AddNoteForm lessonId={lessonId} />
      <SelectionNoteComposer lessonId={lessonId} />
      <NoteHighlighter anchors={notes.flatMap((note) => (note.anchor ? [note.anchor] : []))} />
    </section>
  );
}
