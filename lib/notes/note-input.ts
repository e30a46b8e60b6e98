import { z } from "zod";

/**
 * What a learner may send when writing a note. Shared by the server (which validates every write)
 * and the note forms (which import only this schema, never the database).
 */
import { noteLimits } from "./note-limits";

export { noteLimits };

export const noteMessages = {
  bodyTooLong: `A note can be at most ${noteLimits.body.toLocaleString("en")} characters.`,
  quoteTooLong: `A highlighted passage can be at most ${noteLimits.quote.toLocaleString("en")} characters.`,
  emptyNote: "Write a note, or highlight a passage to keep.",
  noParagraph: "Choose the paragraph the note is about.",
  badPosition: "The highlighted passage does not match its position. Select it again.",
} as const;

/** Form fields arrive as strings, and an empty field means "not given". */
const optionalInt = (max: number) =>
  z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? undefined : value),
    z.coerce.number().int().min(0).max(max).optional(),
  );

const noteBody = z
  .string()
  .default("")
  .transform((body) => body.trim())
  .pipe(z.string().max(noteLimits.body, noteMessages.bodyTooLong));

export const noteIdSchema = z.object({ noteId: z.string().uuid("That note was not found.") });

export const createNoteSchema = z
  .object({
    lessonId: z.string().uuid("That lesson was not found."),
    paragraph: optionalInt(10_000),
    start: optionalInt(1_000_000),
    end: optionalInt(1_000_000),
    quote: z.string().default("").pipe(z.string().max(noteLimits.quote, noteMessages.quoteTooLong)),
    body: noteBody,
  })
  .superRefine((input, context) => {
    if (!input.paragraph) context.addIssue({ code: "custom", path: ["paragraph"], message: noteMessages.noParagraph });
    if (!input.quote.trim() && !input.body) context.addIssue({ code: "custom", path: ["body"], message: noteMessages.emptyNote });
    if (input.quote && input.start !== undefined && input.end !== undefined && input.end - input.start !== input.quote.length) {
      context.addIssue({ code: "custom", path: ["quote"], message: noteMessages.badPosition });
    }
  });

export const updateNoteSchema = noteIdSchema.extend({ body: noteBody });

export type CreateNoteInput = z.input<typeof createNoteSchema>;
export type UpdateNoteInput = z.input<typeof updateNoteSchema>;

/** Field messages in the shape forms show them, keyed by the first path segment. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return fieldErrors;
}
