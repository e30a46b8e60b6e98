"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/app/lib/action";
import { learnerAccommodationsPath, quizAccommodationsPath, savedMessage } from "@/app/lib/accommodation-paths";
import type { ActionState } from "@/app/lib/action-state";
import { reportingInputErrors, withValues } from "@/app/lib/input-errors";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { removeAccommodationFormSchema, saveAccommodationFormSchema } from "@/lib/quizzes/accommodation-form";
import { accommodationFields } from "@/lib/quizzes/form-fields";
import { removeAccommodation, saveAccommodation } from "@/server/accommodations/manage";

/** Accommodations set from a quiz's page: any learner, for this quiz or course-wide. */

const saveQuizAccommodation = formAction(
  saveAccommodationFormSchema,
  async ({ course, quizId, accommodation }) => {
    let lengthened = 0;
    const refused = await reportingInputErrors(async () => {
      ({ lengthened } = await saveAccommodation({ db: await getDb(), guards, courseSlug: course, quizId, input: accommodation }));
    });
    if (refused) return refused;
    revalidatePath(quizAccommodationsPath(course, quizId));
    revalidatePath(learnerAccommodationsPath(course, accommodation.userId));
    return { status: "success", message: savedMessage(lengthened) };
  },
  { keep: [...accommodationFields] },
);

export async function saveAccommodationAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return withValues(await saveQuizAccommodation(previous, formData), formData, accommodationFields);
}

export const removeAccommodationAction = formAction(removeAccommodationFormSchema, async ({ course, quizId, userId, scope }) => {
  const removed = await removeAccommodation({ db: await getDb(), guards, courseSlug: course, userId, quizId: scope === "quiz" ? quizId : null });
  revalidatePath(quizAccommodationsPath(course, quizId));
  redirect(`${quizAccommodationsPath(course, quizId)}?removed=${removed ? userId : "none"}`);
});
