import type { z } from "zod";
import type { Database } from "@/db/client";
import { getActiveEnrollment } from "@/db/queries/courses";
import { deleteUserNote, getLessonPath, getUserNote, insertNote, listUserLessonNotes, listUserNotes, updateUserNote } from "@/db/queries/notes";
import { getLessonCourse } from "@/db/queries/progress";
import { NotFoundError, PublicError } from "@/lib/errors";
import { anchorFrom } from "@/lib/notes/anchor";
import { groupNotesByCourse } from "@/lib/notes/group";
import { createNoteSchema, fieldErrorsOf, noteIdSchema, noteMessages, updateNoteSchema, type CreateNoteInput, type UpdateNoteInput } from "@/lib/notes/note-input";
import type { CurrentUser } from "@/server/auth/guards";

/**
 * Private notes and highlights. Validate, then check access, then touch data: a note is only ever
 * looked up together with its owner, and someone else's note is reported exactly like a missing one.
 */
export class NoteInputError extends PublicError {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super("Please correct the highlighted fields.");
    this.name = "NoteInputError";
  }
}

const missingNote = () => new NotFoundError("That note");

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new NoteInputError(fieldErrorsOf(result.error));
  return result.data;
}

/** Only learners enrolled in the lesson's course write notes on it; to others it does not exist. */
async function enrolledLesson(db: Database, user: CurrentUser, lessonId: string) {
  const lesson = await getLessonCourse({ db, lessonId });
  if (!lesson || !(await getActiveEnrollment({ db, courseId: lesson.courseId, userId: user.id }))) {
    throw new NotFoundError("That lesson");
  }
  return lesson;
}

export async function createNote({ db, user, input }: { db: Database; user: CurrentUser; input: CreateNoteInput }) {
  const { lessonId, paragraph, start, end, quote, body } = parse(createNoteSchema, input);
  await enrolledLesson(db, user, lessonId);
  const note = await insertNote({ db, note: { userId: user.id, lessonId, anchor: anchorFrom({ paragraph: paragraph!, start, end, quote }), body } });
  const path = await getLessonPath({ db, lessonId });
  return { note, path };
}

export async function getNote({ db, user, noteId }: { db: Database; user: CurrentUser; noteId: string }) {
  const { noteId: id } = parse(noteIdSchema, { noteId });
  const note = await getUserNote({ db, userId: user.id, noteId: id });
  if (!note) throw missingNote();
  return note;
}

export async function updateNote({ db, user, input }: { db: Database; user: CurrentUser; input: UpdateNoteInput }) {
  const { noteId, body } = parse(updateNoteSchema, input);
  const current = await getUserNote({ db, userId: user.id, noteId });
  if (!current) throw missingNote();
  if (!body && !current.anchor?.quote.trim()) throw new NoteInputError({ body: [noteMessages.emptyNote] });
  const note = await updateUserNote({ db, userId: user.id, noteId, body });
  if (!note) throw missingNote();
  return { note, path: { courseSlug: current.courseSlug, lessonSlug: current.lessonSlug } };
}

export async function deleteNote({ db, user, noteId }: { db: Database; user: CurrentUser; noteId: string }) {
  const { noteId: id } = parse(noteIdSchema, { noteId });
  const current = await getUserNote({ db, userId: user.id, noteId: id });
  if (!current || !(await deleteUserNote({ db, userId: user.id, noteId: id }))) throw missingNote();
  return { path: { courseSlug: current.courseSlug, lessonSlug: current.lessonSlug } };
}

/** The user's own notes on one lesson, in reading order. */
export async function listLessonNotes({ db, user, lessonId }: { db: Database; user: CurrentUser; lessonId: string }) {
  return listUserLessonNotes({ db, userId: user.id, lessonId });
}

/** The user's own notes everywhere, by course and lesson. */
export async function listMyNotes({ db, user }: { db: Database; user: CurrentUser }) {
  return groupNotesByCourse(await listUserNotes({ db, userId: user.id }));
}

export type LessonNote = Awaited<ReturnType<typeof listLessonNotes>>[number];
