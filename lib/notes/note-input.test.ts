import { describe, expect, it } from "vitest";
import { createNoteSchema, fieldErrorsOf, noteMessages, updateNoteSchema } from "./note-input";

const lessonId = "6f1c1f8e-6f4b-4a8e-9d7e-1b2c3d4e5f60";

function errorsOf(input: Record<string, unknown>) {
  const result = createNoteSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("createNoteSchema", () => {
  it("reads form strings: numbers, empty fields and a trimmed body", () => {
    expect(createNoteSchema.parse({ lessonId, paragraph: "2", start: "", end: "", quote: "", body: "  my note " })).toEqual({ lessonId, paragraph: 2, quote: "", body: "my note" });
  });

  it("allows an empty note only as a highlight", () => {
    expect(errorsOf({ lessonId, paragraph: "1", quote: "", body: "   " })).toEqual({ body: [noteMessages.emptyNote] });
    expect(createNoteSchema.safeParse({ lessonId, paragraph: "1", start: "0", end: "5", quote: "hello", body: "" }).success).toBe(true);
  });

  it("limits the note and the quote, with a message on each field", () => {
    expect(errorsOf({ lessonId, paragraph: "1", body: "x".repeat(5_001) })).toEqual({ body: [noteMessages.bodyTooLong] });
    expect(errorsOf({ lessonId, paragraph: "1", quote: "x".repeat(1_001), body: "ok" })).toEqual({ quote: [noteMessages.quoteTooLong] });
    expect(createNoteSchema.safeParse({ lessonId, paragraph: "1", body: "x".repeat(5_000) }).success).toBe(true);
  });

  it("needs a paragraph, and offsets that fit the quote", () => {
    expect(errorsOf({ lessonId, body: "note" })).toEqual({ paragraph: [noteMessages.noParagraph] });
    expect(errorsOf({ lessonId, paragraph: "1", start: "3", end: "4", quote: "hello" })).toEqual({ quote: [noteMessages.badPosition] });
    expect(errorsOf({ lessonId, paragraph: "-1", body: "note" })).toHaveProperty("paragraph");
  });
});

describe("updateNoteSchema", () => {
  it("checks the note id and the length", () => {
    expect(updateNoteSchema.safeParse({ noteId: "1 or 1=1", body: "x" }).success).toBe(false);
    expect(updateNoteSchema.safeParse({ noteId: lessonId, body: "x".repeat(5_001) }).success).toBe(false);
  });
});
