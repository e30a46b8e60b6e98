import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUserByEmail, createUser } from "@/db/queries/users";
import { lessons, notes, units } from "@/db/schema";
import { demoCourse, seedDemo } from "@/db/seed";
import { syncContent } from "@/db/sync-content";
import { loadContent } from "@/lib/content/load";
import { NotFoundError } from "@/lib/errors";
import { noteMessages } from "@/lib/notes/note-input";
import type { CurrentUser } from "@/server/auth/guards";
import { openFreshDatabase } from "@/tests/integration/fresh-database";
import { createNote, deleteNote, getNote, listLessonNotes, listMyNotes, NoteInputError, updateNote } from "./notes";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
let lessonId: string;
let lessonSlug: string;
const people: Record<"student1" | "student2" | "outsider", CurrentUser> = {} as never;

beforeAll(async () => {
  database = await openFreshDatabase();
  const db = database.db;
  await seedDemo({ db, password: "notes-test-password" });
  await syncContent({ db, documents: loadContent(path.resolve("content")), courseSlug: demoCourse.slug });
  const [lesson] = await db.select({ id: lessons.id, slug: lessons.slug }).from(lessons).innerJoin(units, eq(units.id, lessons.unitId)).orderBy(units.position, lessons.position).limit(1);
  lessonId = lesson!.id;
  lessonSlug = lesson!.slug;
  await createUser({ db, user: { email: "outsider@rampart.test", name: "Otto Outsider", role: "student", passwordHash: "scrypt$unused" } });
  for (const name of ["student1", "student2", "outsider"] as const) {
    const user = (await getUserByEmail({ db, email: `${name}@rampart.test` }))!;
    people[name] = { id: user.id, email: user.email, name: user.name, role: user.role };
  }
});
afterAll(() => database?.close());

const highlight = { paragraph: "2", start: "4", end: "15", quote: "hello world" };

async function storedNote(id: string) {
  const [row] = await database.db.select().from(notes).where(eq(notes.id, id));
  return row;
}

describe(`notes (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("lets a learner create, read, list, edit and delete their own note", async () => {
    const db = database.db;
    const user = people.student1;
    const { note, path: where } = await createNote({ db, user, input: { lessonId, ...highlight, body: "  My first note  " } });
    expect(note).toMatchObject({ lessonId, body: "My first note", anchor: { paragraph: 2, start: 4, end: 15, quote: "hello world" } });
    expect(where).toEqual({ courseSlug: demoCourse.slug, lessonSlug });

    await expect(getNote({ db, user, noteId: note.id })).resolves.toMatchObject({ body: "My first note", courseSlug: demoCourse.slug });
    expect((await listLessonNotes({ db, user, lessonId })).map((row) => row.id)).toEqual([note.id]);
    const grouped = await listMyNotes({ db, user });
    expect(grouped).toHaveLength(1);
    expect(grouped[0]!.lessons[0]).toMatchObject({ id: lessonId, slug: lessonSlug });
    expect(grouped[0]!.lessons[0]!.notes.map((row) => row.id)).toEqual([note.id]);

    const updated = await updateNote({ db, user, input: { noteId: note.id, body: "Edited" } });
    expect(updated.note.body).toBe("Edited");
    // A highlight may lose its text and stay a highlight.
    await expect(updateNote({ db, user, input: { noteId: note.id, body: "" } })).resolves.toMatchObject({ note: { body: "" } });

    await deleteNote({ db, user, noteId: note.id });
    expect(await storedNote(note.id)).toBeUndefined();
    await expect(deleteNote({ db, user, noteId: note.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps a note on a whole paragraph without a quote, and refuses an empty one", async () => {
    const db = database.db;
    const user = people.student1;
    const { note } = await createNote({ db, user, input: { lessonId, paragraph: "3", quote: "", body: "About this paragraph" } });
    expect(note.anchor).toEqual({ paragraph: 3, start: 0, end: 0, quote: "" });
    await expect(updateNote({ db, user, input: { noteId: note.id, body: " " } })).rejects.toMatchObject({ fieldErrors: { body: [noteMessages.emptyNote] } });
    await expect(createNote({ db, user, input: { lessonId, paragraph: "3", body: "" } })).rejects.toBeInstanceOf(NoteInputError);
    await deleteNote({ db, user, noteId: note.id });
  });

  it("never shows, changes or deletes another learner's note, and answers as if it did not exist", async () => {
    const db = database.db;
    const { note } = await createNote({ db, user: people.student1, input: { lessonId, ...highlight, body: "Private thought" } });
    const other = people.student2;
    const missing = "That note was not found.";

    expect(await listLessonNotes({ db, user: other, lessonId })).toEqual([]);
    expect(await listMyNotes({ db, user: other })).toEqual([]);
    await expect(getNote({ db, user: other, noteId: note.id })).rejects.toThrow(missing);
    await expect(updateNote({ db, user: other, input: { noteId: note.id, body: "Overwritten" } })).rejects.toThrow(missing);
    await expect(deleteNote({ db, user: other, noteId: note.id })).rejects.toThrow(missing);
    for (const attempt of [getNote({ db, user: other, noteId: note.id }), deleteNote({ db, user: other, noteId: note.id })]) {
      await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    }
    // The same answer as for an id that never existed.
    await expect(updateNote({ db, user: other, input: { noteId: crypto.randomUUID(), body: "x" } })).rejects.toThrow(missing);

    expect(await storedNote(note.id)).toMatchObject({ userId: people.student1.id, body: "Private thought", anchor: note.anchor, updatedAt: note.updatedAt });
    await deleteNote({ db, user: people.student1, noteId: note.id });
  });

  it("does not let a learner who is not enrolled write notes on the lesson", async () => {
    const db = database.db;
    await expect(createNote({ db, user: people.outsider, input: { lessonId, ...highlight, body: "Sneaky" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createNote({ db, user: people.student1, input: { lessonId: crypto.randomUUID(), ...highlight, body: "Nowhere" } })).rejects.toBeInstanceOf(NotFoundError);
    const written = await db.select().from(notes).where(and(eq(notes.userId, people.outsider.id), eq(notes.lessonId, lessonId)));
    expect(written).toEqual([]);
  });

  it("rejects an over-long note or quote with a message on that field, and writes nothing", async () => {
    const db = database.db;
    const user = people.student1;
    const tooLong = createNote({ db, user, input: { lessonId, paragraph: "1", body: "x".repeat(5_001) } });
    await expect(tooLong).rejects.toBeInstanceOf(NoteInputError);
    await expect(tooLong).rejects.toMatchObject({ fieldErrors: { body: ["A note can be at most 5,000 characters."] } });
    await expect(createNote({ db, user, input: { lessonId, paragraph: "1", quote: "q".repeat(1_001), body: "ok" } })).rejects.toMatchObject({
      fieldErrors: { quote: [noteMessages.quoteTooLong] },
    });
    const { note } = await createNote({ db, user, input: { lessonId, paragraph: "1", body: "short" } });
    await expect(updateNote({ db, user, input: { noteId: note.id, body: "y".repeat(5_001) } })).rejects.toMatchObject({ fieldErrors: { body: [noteMessages.bodyTooLong] } });
    expect((await storedNote(note.id))?.body).toBe("short");
    expect((await listLessonNotes({ db, user, lessonId })).map((row) => row.body)).toEqual(["short"]);
  });
});
