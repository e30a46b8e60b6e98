import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { courses, lessons, notes, units, type NoteAnchor } from "../schema";

/**
 * A learner's notes are private: every query here takes the owner and puts it in the WHERE
 * clause, so another user's note id matches nothing, exactly like an id that does not exist.
 */
const noteColumns = { id: notes.id, lessonId: notes.lessonId, anchor: notes.anchor, body: notes.body, createdAt: notes.createdAt, updatedAt: notes.updatedAt };

// Reading order: by paragraph, then position in it; notes on the whole lesson first.
const readingOrder = [
  sql`(${notes.anchor} ->> 'paragraph')::int asc nulls first`,
  sql`(${notes.anchor} ->> 'start')::int asc nulls first`,
  asc(notes.createdAt),
];

export async function insertNote({ db, note }: { db: Database; note: { userId: string; lessonId: string; anchor: NoteAnchor | null; body: string } }) {
  const [row] = await db.insert(notes).values(note).returning(noteColumns);
  return row!;
}

/** The note, with where its lesson lives, if it belongs to this user. */
export async function getUserNote({ db, userId, noteId }: { db: Database; userId: string; noteId: string }) {
  const [row] = await db
    .select({ ...noteColumns, lessonSlug: lessons.slug, courseSlug: courses.slug })
    .from(notes)
    .innerJoin(lessons, eq(lessons.id, notes.lessonId))
    .innerJoin(units, eq(units.id, lessons.unitId))
    .innerJoin(courses, eq(courses.id, units.courseId))
    .where(and(eq(notes.id, noteId), eq(notes.userId, userId)))
    .limit(1);
  return row;
}

export async function listUserLessonNotes({ db, userId, lessonId }: { db: Database; userId: string; lessonId: string }) {
  return db
    .select(noteColumns)
    .from(notes)
    .where(and(eq(notes.userId, userId), eq(notes.lessonId, lessonId)))
    .orderBy(...readingOrder);
}

/** All of a user's notes with their course and lesson, in course, unit and lesson order. */
export async function listUserNotes({ db, userId }: { db: Database; userId: string }) {
  return db
    .select({
      ...noteColumns,
      courseId: courses.id,
      courseSlug: courses.slug,
      courseTitle: courses.title,
      lessonSlug: lessons.slug,
      lessonTitle: lessons.title,
    })
    .from(notes)
    .innerJoin(lessons, eq(lessons.id, notes.lessonId))
    .innerJoin(units, eq(units.id, lessons.unitId))
    .innerJoin(courses, eq(courses.id, units.courseId))
    .where(eq(notes.userId, userId))
    .orderBy(asc(courses.title), asc(courses.id), asc(units.position), asc(lessons.position), asc(lessons.id), ...readingOrder);
}

/** Returns the updated note, or undefined when this user has no note with this id. */
export async function updateUserNote({ db, userId, noteId, body }: { db: Database; userId: string; noteId: string; body: string }) {
  const [row] = await db
    .update(notes)
    .set({ body, updatedAt: new Date() })
    .where(and(eq(notes.id, noteId), eq(notes.userId, userId)))
    .returning(noteColumns);
  return row;
}

/** Returns whether a note was deleted; false when this user has no note with this id. */
export async function deleteUserNote({ db, userId, noteId }: { db: Database; userId: string; noteId: string }) {
  const rows = await db
    .delete(notes)
    .where(and(eq(notes.id, noteId), eq(notes.userId, userId)))
    .returning({ id: notes.id });
  return rows.length > 0;
}

/** Where a lesson is published, to refresh its page after a note changes. */
export async function getLessonPath({ db, lessonId }: { db: Database; lessonId: string }) {
  const [row] = await db
    .select({ lessonSlug: lessons.slug, courseSlug: courses.slug })
    .from(lessons)
    .innerJoin(units, eq(units.id, lessons.unitId))
    .innerJoin(courses, eq(courses.id, units.courseId))
    .where(eq(lessons.id, lessonId))
    .limit(1);
  return row;
}
