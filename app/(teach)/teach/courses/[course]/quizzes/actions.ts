"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/app/lib/action";
import type { ActionState } from "@/app/lib/action-state";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { removeAccommodationFormSchema, saveAccommodationFormSchema } from "@/lib/quizzes/accommodation-form";
import { accommodationFields, quizFormKeys } from "@/lib/quizzes/form-fields";
import { saveQuizFormSchema } from "@/lib/quizzes/quiz-form";
import { removeAccommodation, saveAccommodation } from "@/server/quizzes/accommodations";
import { QuizChangeNeedsConfirmation } from "@/server/quizzes/change-impact";
import { QuizInputError } from "@/server/quizzes/errors";
import { createQuiz, updateQuiz } from "@/server/quizzes/quiz-admin";

const quizzesPath = (courseSlug: string) => `/teach/courses/${courseSlug}/quizzes`;
const accommodationsPath = (courseSlug: string, quizId: string) => `${quizzesPath(courseSlug)}/${quizId}/accommodations`;

/** What only the database can refuse comes back beside the field, like the schema's own messages. */
async function reportingInputErrors(run: () => Promise<void>): Promise<ActionState | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (error instanceof QuizInputError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof QuizChangeNeedsConfirmation) return { status: "error", message: error.message, confirm: { items: error.items.map((item) => item.message), token: error.token } };
    throw error;
  }
}

/** formAction keeps the typed values for its own errors; a state the body returns gets them here. */
function withValues(state: ActionState, formData: FormData, keys: readonly string[]): ActionState {
  if (state.status !== "error" || state.values) return state;
  const values = Object.fromEntries(keys.map((key) => [key, typeof formData.get(key) === "string" ? (formData.get(key) as string) : ""]));
  return { ...state, values };
}

const saveQuiz = formAction(
  saveQuizFormSchema,
  async ({ course: courseSlug, quizId, quiz, confirmed }) => {
    const { user, course } = await guards.requireCourseInstructor(courseSlug);
    const db = await getDb();
    let savedId = quizId;
    const refused = await reportingInputErrors(async () => {
      if (quizId) await updateQuiz({ db, courseId: course.id, quizId, input: quiz, actorId: user.id, confirmed });
      else savedId = await createQuiz({ db, courseId: course.id, createdBy: user.id, input: quiz });
    });
    if (refused) return refused;
    revalidatePath(quizzesPath(course.slug));
    redirect(`${quizzesPath(course.slug)}?saved=${savedId}`);
  },
  { keep: quizFormKeys },
);

export async function saveQuizAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return withValues(await saveQuiz(previous, formData), formData, quizFormKeys);
}

const saveQuizAccommodation = formAction(
  saveAccommodationFormSchema,
  async ({ course: courseSlug, quizId, accommodation }) => {
    const { course } = await guards.requireCourseInstructor(courseSlug);
    const db = await getDb();
    const refused = await reportingInputErrors(async () => {
      await saveAccommodation({ db, courseId: course.id, quizId, input: accommodation });
    });
    if (refused) return refused;
    revalidatePath(accommodationsPath(course.slug, quizId));
    return { status: "success", message: "Accommodation saved." };
  },
  { keep: [...accommodationFields] },
);

export async function saveAccommodationAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return withValues(await saveQuizAccommodation(previous, formData), formData, accommodationFields);
}

export const removeAccommodationAction = formAction(removeAccommodationFormSchema, async ({ course: courseSlug, quizId, userId, scope }) => {
  const { course } = await guards.requireCourseInstructor(courseSlug);
  const removed = await removeAccommodation({ db: await getDb(), courseId: course.id, quizId, userId, scope });
  revalidatePath(accommodationsPath(course.slug, quizId));
  redirect(`${accommodationsPath(course.slug, quizId)}?removed=${removed ? userId : "none"}`);
});
