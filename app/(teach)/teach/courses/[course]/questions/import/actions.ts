"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction } from "@/app/lib/action";
import type { ActionState } from "@/app/lib/action-state";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { confirmImportFormSchema, discardImportFormSchema, uploadFormSchema } from "@/lib/interchange/import-forms";
import { confirmQuestionImport, discardQuestionImport, previewQuestionImport } from "@/server/interchange/import";

const importPath = (courseSlug: string) => `/teach/courses/${courseSlug}/questions/import`;

/** Reads the uploaded file (or the pasted text) into a draft and opens its preview; nothing reaches the bank yet. */
export async function uploadQuestionsAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const file = formData.get("file");
  const run = formAction(uploadFormSchema, async (input) => {
    const { user, course } = await guards.requireCourseInstructor(input.course);
    const chosen = file instanceof File && file.size > 0 ? file : null;
    if (!chosen && input.text.trim() === "") return { status: "error", message: "Choose a file or paste the questions' text.", fieldErrors: { file: ["Choose a file or paste the questions' text."] } };
    const bytes = chosen ? new Uint8Array(await chosen.arrayBuffer()) : new TextEncoder().encode(input.text);
    const draftId = await previewQuestionImport({ db: await getDb(), courseId: course.id, user, fileName: chosen?.name ?? "pasted text", bytes, format: input.format });
    redirect(`${importPath(course.slug)}/${draftId}`);
  });
  return run(previous, formData);
}

export const confirmImportAction = formAction(
  confirmImportFormSchema,
  async (input) => {
    const { user, course } = await guards.requireCourseInstructor(input.course);
    const { count } = await confirmQuestionImport({ db: await getDb(), courseId: course.id, user, draftId: input.draftId, lessonId: input.lessonId || null, tagName: input.tag || null });
    revalidatePath(`/teach/courses/${course.slug}/questions`, "layout");
    redirect(`${importPath(course.slug)}?imported=${count}${input.tag ? `&tag=${encodeURIComponent(input.tag)}` : ""}`);
  },
  { keep: ["lessonId", "tag"] },
);

export const discardImportAction = formAction(discardImportFormSchema, async (input) => {
  const { user, course } = await guards.requireCourseInstructor(input.course);
  await discardQuestionImport({ db: await getDb(), courseId: course.id, user, draftId: input.draftId });
  redirect(`${importPath(course.slug)}?discarded=1`);
});
