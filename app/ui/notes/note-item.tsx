"use client";

import { useActionState, useState } from "react";
import { updateNoteAction } from "../../(learn)/notes/actions";
import { idleState } from "../../lib/action-state";
import { SubmitButton } from "../form-status";
import type { ListedNote } from "./note-list";
import { NoteStatus } from "./note-status";
import { NoteTextarea } from "./note-textarea";

const plainButton = "rounded border border-slate-400 px-3 py-1.5 text-sm text-slate-900 hover:bg-slate-100";

/** One note: its passage, where it is, its text, and editing and deleting (with a confirmation). */
export function NoteItem({ note, lessonHref, deleteAction, deleting }: { note: ListedNote; lessonHref: string; deleteAction: (form: FormData) => void; deleting: boolean }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [state, updateAction] = useActionState(updateNoteAction, idleState);
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state.status === "success") setEditing(false);
  }

  const anchor = note.anchor;
  return (
    <li id={`note-${note.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="space-y-3">
        {anchor?.quote && <blockquote className="border-l-4 border-blue-300 pl-3 font-serif italic text-slate-700">{anchor.quote}</blockquote>}
        {anchor ? (
          <a href={`${lessonHref}#p-${anchor.paragraph}`} className="inline-block text-sm text-blue-800 underline underline-offset-4">
            Go to paragraph {anchor.paragraph}
          </a>
        ) : (
          <p className="text-sm text-slate-600">On the whole lesson</p>
        )}
        {editing ? (
          <form action={updateAction} aria-label="Edit this note" className="space-y-3">
            <input type="hidden" name="noteId" value={note.id} />
            <NoteTextarea label="Note" defaultValue={state.status === "error" ? state.values?.body : note.body} errors={state.fieldErrors?.body} autoFocus />
            <div className="flex flex-wrap gap-2">
              <SubmitButton label="Save note" pendingLabel="Saving…" />
              <button type="button" onClick={() => setEditing(false)} className={plainButton}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <>
            {note.body ? <p className="whitespace-pre-wrap break-words text-slate-900">{note.body}</p> : <p className="text-sm text-slate-600">Highlight only, no note written.</p>}
            <div className="flex flex-wrap items-center gap-2">
              <button type="button" onClick={() => setEditing(true)} className={plainButton}>
                Edit note
              </button>
              {confirming ? (
                <form action={deleteAction} className="flex flex-wrap items-center gap-2">
                  <input type="hidden" name="noteId" value={note.id} />
                  <span className="text-sm text-slate-800">Delete this note for good?</span>
                  <button type="submit" disabled={deleting} autoFocus className="rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-70">
                    Confirm delete
                  </button>
                  <button type="button" onClick={() => setConfirming(false)} className={plainButton}>
                    Cancel
                  </button>
                </form>
              ) : (
                <button type="button" onClick={() => setConfirming(true)} className={plainButton}>
                  Delete note
                </button>
              )}
            </div>
          </>
        )}
      </div>
      <NoteStatus state={state} className="mt-3" />
    </li>
  );
}
