"use server";

import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/app/lib/action";
import type { ActionState } from "@/app/lib/action-state";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { documentDraftSchema, documentUploadSchema, unitStatusSchema } from "@/lib/document-import/forms";
import { adjustDocumentDraft, BoundaryError, createUnitFromDraft, discardDocumentDraft, previewDocumentImport, setUnitPublished } from "@/server/documents/import";

const maxUploadBytes = 2 * 1024 * 1024;

/** Reads an uploaded or pasted document into a draft and opens its sections for adjusting. */
export async function uploadDocumentAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const file = formData.get("file");
  const run = formAction(documentUploadSchema, async (input) => {
    const { user, course } = await guards.requireCourseInstructor(input.course);
    const chosen = file instanceof File && file.size > 0 ? file : null;
    if (!chosen && input.text.trim() === "") return { status: "error", message: "Choose a file or paste the document's text.", fieldErrors: { file: ["Choose a file or paste the document's text."] } };
    if (chosen && chosen.size > maxUploadBytes) return { status: "error", message: `The file is over ${maxUploadBytes / 1024 / 1024} MB. Upload the article alone, without images.`, fieldErrors: { file: ["The file is too large."] } };
    const text = chosen ? new TextDecoder().decode(await chosen.arrayBuffer()) : input.text;
    const draftId = await previewDocumentImport({ db: await getDb(), courseId: course.id, user, fileName: chosen?.name ?? "pasted text", text, format: input.format });
    redirect(`/teach/courses/${course.slug}/documents/import/${draftId}`);
  });
  return run(previous, formData);
}

/** Saves the adjusted sections, creates the draft unit from them, or discards the document. */
export async function documentDraftAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = Object.fromEntries([...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const run = formAction(documentDraftSchema, async (input) => {
    const { user, course } = await guards.requireCourseInstructor(input.course);
    const db = await getDb();
    const here = `/teach/courses/${course.slug}/documents/import/${input.draftId}`;
    try {
      if (input.intent === "discard") {
        await discardDocumentDraft({ db, courseId: course.id, user, draftId: input.draftId });
        redirect(`/teach/courses/${course.slug}/documents/import?discarded=1`);
      }
      if (input.intent === "update") {
        await adjustDocumentDraft({ db, courseId: course.id, user, draftId: input.draftId, fields });
        revalidatePath(here);
        return { status: "success", message: "Sections saved." };
      }
      const unit = await createUnitFromDraft({ db, courseId: course.id, user, draftId: input.draftId, fields });
      redirect(`/teach/courses/${course.slug}/units?created=${unit.id}`);
    } catch (error) {
      if (error instanceof BoundaryError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values: fields };
      throw error;
    }
  });
  return run(previous, formData);
}

export const unitStatusAction = formAction(unitStatusSchema, async (input) => {
  const { user, course } = await guards.requireCourseInstructor(input.course);
  await setUnitPublished({ db: await getDb(), courseId: course.id, user, unitId: input.unitId, published: input.publish === "1" });
  // Course maps and lessons are cached for everyone (app/lib/cached-content.ts).
  updateTag("course-content");
  revalidatePath(`/courses/${course.slug}`, "layout");
  redirect(`/teach/courses/${course.slug}/units?${input.publish === "1" ? "published" : "unpublished"}=${input.unitId}`);
});
