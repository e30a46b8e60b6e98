"use client";

import { useActionState, useEffect, useRef } from "react";
import type { Anchor } from "@/lib/notes/anchor";
import { deleteNoteAction } from "../../(learn)/notes/actions";
import { idleState } from "../../lib/action-state";
import { NoteItem } from "./note-item";
import { NoteStatus } from "./note-status";

export interface ListedNote {
  id: string;
  anchor: Anchor | null;
  body: string;
}

/**
 * A learner's notes on one lesson. Deleting is handled here rather than in each item, so that
 * "Note deleted." is still announced (and focus has somewhere to go) once the item is gone.
 */
export function NoteList({ notes, lessonHref = "", empty }: { notes: ListedNote[]; lessonHref?: string; empty?: string }) {
  const [deleted, deleteAction, deleting] = useActionState(deleteNoteAction, idleState);
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (deleted.status !== "idle") status.current?.focus();
  }, [deleted]);

  return (
    <div>
      <div ref={status} tabIndex={-1} className="outline-none">
        <NoteStatus state={deleted} className="mb-3" />
      </div>
      {notes.length === 0 ? (
        empty && <p className="text-slate-700">{empty}</p>
      ) : (
        <ul className="space-y-3">
          {notes.map((note) => (
            <NoteItem key={note.id} note={note} lessonHref={lessonHref} deleteAction={deleteAction} deleting={deleting} />
          ))}
        </ul>
      )}
    </div>
  );
}
