"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/app/lib/action";
import { learnerAccommodationsPath, savedMessage } from "@/app/lib/accommodation-paths";
import type { ActionState } from "@/app/lib/action-state";
import { reportingInputErrors, withValues } from "@/app/lib/input-errors";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { removeLearnerAccommodationFormSchema, saveLearnerAccommodationFormSchema } from "@/lib/quizzes/accommodation-form";
import { learnerAccommodationFields } from "@/lib/quizzes/form-fields";
import { removeAccommodation, saveAccommodation } from "@/server/accommodations/manage";

/** Accommodations set from a learner's page (reached from the roster): course-wide or for one quiz. */

const saveLearnerAccommodation = formAction(
  saveLearnerAccommodationFormSchema,
  async ({ course, userId, quizId, accommodation }) => {
    let lengthened = 0;
    const refused = await reportingInputErrors(async () => {
      ({ lengthened } = await saveAccommodation({ db: await getDb(), guards, courseSlug: course, quizId, input: { ...accommodation, userId } }));
    });
    if (refused) return refused;
    revalidatePath(learnerAccommodationsPath(course, userId));
    return { status: "success", message: savedMessage(lengthened) };
  },
  { keep: [...learnerAccommodationFields] },
);

export async function saveLearnerAccommodationAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return withValues(await saveLearnerAccommodation(previous, formData), formData, learnerAccommodationFields);
}

export const removeLearnerAccommodationAction = formAction(removeLearnerAccommodationFormSchema, async ({ course, userId, quizId }) => {
  const removed = await removeAccommodation({ db: await getDb(), guards, courseSlug: course, userId, quizId });
  revalidatePath(learnerAccommodationsPath(course, userId));
  redirect(`${learnerAccommodationsPath(course, userId)}?removed=${removed ? quizId ?? "course" : "none"}`);
});
