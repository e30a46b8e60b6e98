"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/app/lib/action";
import type { ActionState } from "@/app/lib/action-state";
import { regradeQuestionUrl } from "@/app/ui/regrade/urls";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { correctKeyFormSchema, dropFormSchema, regradeFormSchema } from "@/lib/regrade/forms";
import { applyRegrade, setQuestionDropped } from "@/server/regrade/apply";
import { correctQuestionKey } from "@/server/regrade/correct-key";
import { KeyCorrectionError } from "@/server/regrade/errors";

/** The form's own fields (the key: credits, answers, pairs, positions), as strings. */
function keyFields(formData: FormData): Record<string, string> {
  const skip = new Set(["course", "quizId", "questionId", "reason"]);
  return Object.fromEntries([...formData.entries()].filter(([name, value]) => !skip.has(name) && !name.startsWith("$") && typeof value === "string") as [string, string][]);
}

/** Saves the corrected key as a new version and opens the dry run. */
export async function correctKeyAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = keyFields(formData);
  const kept = { ...fields, reason: typeof formData.get("reason") === "string" ? (formData.get("reason") as string) : "" };
  const run = formAction(correctKeyFormSchema, async (input) => {
    const { user, course } = await guards.requireCourseInstructor(input.course);
    const db = await getDb();
    try {
      await correctQuestionKey({ db, courseId: course.id, quizId: input.quizId, questionId: input.questionId, instructor: user, fields, reason: input.reason });
    } catch (error) {
      if (error instanceof KeyCorrectionError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values: kept };
      throw error;
    }
    revalidatePath(`/teach/courses/${course.slug}/quizzes/${input.quizId}`, "layout");
    redirect(regradeQuestionUrl(course.slug, input.quizId, input.questionId, { corrected: "1" }));
  });
  const state = await run(previous, formData);
  return state.status === "error" && !state.values?.reason ? { ...state, values: kept } : state;
}

export const regradeAction = formAction(regradeFormSchema, async (input) => {
  const { user, course } = await guards.requireCourseInstructor(input.course);
  const db = await getDb();
  const result = await applyRegrade({ db, courseId: course.id, quizId: input.quizId, questionId: input.questionId, versionId: input.versionId, instructor: user });
  revalidatePath(`/teach/courses/${course.slug}`, "layout");
  redirect(regradeQuestionUrl(course.slug, input.quizId, input.questionId, { regraded: String(result.regraded), changed: String(result.changed) }));
});

export const dropAction = formAction(
  dropFormSchema,
  async (input) => {
    const { user, course } = await guards.requireCourseInstructor(input.course);
    const db = await getDb();
    const { changed } = await setQuestionDropped({ db, courseId: course.id, quizId: input.quizId, questionId: input.questionId, mode: input.mode, reason: input.reason, instructor: user });
    revalidatePath(`/teach/courses/${course.slug}`, "layout");
    redirect(regradeQuestionUrl(course.slug, input.quizId, input.questionId, { [input.mode === "restore" ? "restored" : "dropped"]: String(changed) }));
  },
  { keep: ["mode", "reason"] },
);
