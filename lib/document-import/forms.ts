import { z } from "zod";
import { documentFormats } from "../documents/import-document";

/** What the document-import forms send, checked on the server (boundaries: lib/document-import/boundaries.ts). */

export const documentUploadSchema = z.object({
  course: z.string().min(1),
  format: z.enum(["detect", ...documentFormats], "Choose a format."),
  text: z.string().default(""),
});

export const documentDraftSchema = z.object({
  course: z.string().min(1),
  draftId: z.uuid("That document was not found."),
  intent: z.enum(["update", "create", "discard"], "Choose what to do."),
});

export const unitStatusSchema = z.object({
  course: z.string().min(1),
  unitId: z.uuid("That unit was not found."),
  publish: z.enum(["1", "0"]),
});
