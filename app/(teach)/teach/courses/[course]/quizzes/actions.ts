"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/app/lib/action";
import { reportingInputErrors, withValues } from "@/app/lib/input-errors";
import type { ActionState } from "@/app/lib/action-state";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { quizFormKeys } from "@/lib/quizzes/form-fields";
import { saveQuizFormSchema } from "@/lib/quizzes/quiz-form";
import { createQuiz, updateQuiz } from "@/server/quizzes/quiz-admin";

const quizzesPath = (courseSlug: string) => `/teach/courses/${courseSlug}/quizzes`;

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
