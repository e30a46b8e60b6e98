import { z } from "zod";

/** What the question-import forms send, checked on the server. */

export const uploadFormSchema = z.object({
  course: z.string().min(1),
  format: z.enum(["detect", "gift", "moodle_xml", "aiken"], "Choose a format."),
  text: z.string().default(""),
});

export const confirmImportFormSchema = z.object({
  course: z.string().min(1),
  draftId: z.uuid("That import was not found."),
  lessonId: z.union([z.literal(""), z.uuid("That lesson was not found.")]).default(""),
  tag: z
    .string()
    .trim()
    .max(60, "A tag can be at most 60 characters long.")
    .refine((tag) => !tag.includes(","), "One tag only (no commas).")
    .default(""),
});

export const discardImportFormSchema = z.object({ course: z.string().min(1), draftId: z.uuid("That import was not found.") });
