"use server";

import { revalidatePath } from "next/cache";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { createNoteSchema, noteIdSchema, updateNoteSchema } from "@/lib/notes/note-input";
import { createNote, deleteNote, NoteInputError, updateNote } from "@/server/notes/notes";
import { formAction } from "../../lib/action";
import type { ActionState } from "../../lib/action-state";

/** The service checks what the schema alone cannot (an edit emptying a note that has no quote). */
async function withFieldErrors(values: Record<string, string>, run: () => Promise<ActionState>): Promise<ActionState> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof NoteInputError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
    throw error;
  }
}

function refresh(path: { courseSlug: string; lessonSlug: string } | undefined) {
  if (path) revalidatePath(`/courses/${path.courseSlug}/lessons/${path.lessonSlug}`);
  revalidatePath("/notes");
}

export const createNoteAction = formAction(
  createNoteSchema,
  async (input) => {
    const user = await guards.requireUser();
    const { path } = await createNote({ db: await getDb(), user, input });
    refresh(path);
    return { status: "success", message: "Note saved." };
  },
  { keep: ["paragraph", "quote", "body"] },
);

export const updateNoteAction = formAction(
  updateNoteSchema,
  async (input) =>
    withFieldErrors({ body: input.body }, async () => {
      const user = await guards.requireUser();
      const { path } = await updateNote({ db: await getDb(), user, input });
      refresh(path);
      return { status: "success", message: "Note updated." };
    }),
  { keep: ["body"] },
);

export const deleteNoteAction = formAction(noteIdSchema, async ({ noteId }) => {
  const user = await guards.requireUser();
  const { path } = await deleteNote({ db: await getDb(), user, noteId });
  refresh(path);
  return { status: "success", message: "Note deleted." };
});
