"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/app/lib/action";
import type { ActionState } from "@/app/lib/action-state";
import { attemptUrl, gradingPath, queueUrl, responseUrl } from "@/app/ui/grading/urls";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { criterionFields, gradeFormSchema, overrideFormSchema, requestReviewFormSchema } from "@/lib/grading/grade-input";
import { nextToGrade } from "@/lib/grading/queue";
import { GradeInputError, StaleGradeError } from "@/server/grading/errors";
import { overrideGrade, requestReview, saveManualGrade } from "@/server/grading/grade";
import { loadGradingQueue } from "@/server/grading/queue";

/** A rule the grade broke comes back beside its field; the rest is formAction's to report. */
async function refusingInput(run: () => Promise<void>): Promise<ActionState | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (error instanceof GradeInputError) return { status: "error", message: error.message, fieldErrors: { [error.field]: [error.message] } };
    throw error;
  }
}

/** Saves a grade and opens the next answer still to grade, or the queue when none is left. */
export async function saveGradeAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const selections = criterionFields(formData.entries());
  const run = formAction(gradeFormSchema, async (input) => {
    const { user, course } = await guards.requireCourseInstructor(input.course);
    const db = await getDb();
    const view = { groupBy: input.groupBy, names: input.names === "1" };
    let stale = false;
    const refused = await refusingInput(async () => {
      try {
        await saveManualGrade({ db, courseId: course.id, quizId: input.quizId, grader: user, change: { responseId: input.responseId, gradeVersion: input.gradeVersion, mark: input.mark, comment: input.comment }, selections });
      } catch (error) {
        if (!(error instanceof StaleGradeError)) throw error;
        stale = true;
      }
    });
    if (refused) return refused;
    revalidatePath(gradingPath(course.slug, input.quizId), "layout");
    if (stale) redirect(responseUrl(course.slug, input.quizId, input.responseId, view, { stale: "1" }));
    const queue = await loadGradingQueue({ db, courseId: course.id, quizId: input.quizId });
    const next = nextToGrade(queue.entries, view.groupBy, input.responseId);
    redirect(next ? responseUrl(course.slug, input.quizId, next.responseId, view, { saved: input.responseId }) : queueUrl(course.slug, input.quizId, view, { done: "1" }));
  });
  return run(previous, formData);
}

const override = formAction(overrideFormSchema, async (input) => {
  const { user, course } = await guards.requireCourseInstructor(input.course);
  const db = await getDb();
  let stale = false;
  const refused = await refusingInput(async () => {
    try {
      await overrideGrade({ db, courseId: course.id, quizId: input.quizId, grader: user, change: { responseId: input.responseId, gradeVersion: input.gradeVersion, mark: input.mark, comment: input.comment }, reason: input.reason });
    } catch (error) {
      if (!(error instanceof StaleGradeError)) throw error;
      stale = true;
    }
  });
  if (refused) return refused;
  revalidatePath(gradingPath(course.slug, input.quizId), "layout");
  // A stale override reopens the attempt with the other grader's mark and says so beside the answer.
  redirect(`${attemptUrl(course.slug, input.quizId, input.attemptId, { names: input.names === "1" }, { [stale ? "stale" : "overridden"]: input.responseId })}#response-${input.responseId}`);
}, { keep: ["mark", "reason", "comment"] });

/** A new mark for any answer, with the reason kept in the audit log. */
export async function overrideAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await override(previous, formData);
  if (state.status !== "error" || state.values) return state;
  const kept = (key: string) => (typeof formData.get(key) === "string" ? (formData.get(key) as string) : "");
  return { ...state, values: { mark: kept("mark"), reason: kept("reason"), comment: kept("comment") } };
}

/** Sends an answer to the grading queue, where it is graded by hand like an essay. */
export const requestReviewAction = formAction(requestReviewFormSchema, async (input) => {
  const { user, course } = await guards.requireCourseInstructor(input.course);
  const db = await getDb();
  await requestReview({ db, courseId: course.id, quizId: input.quizId, responseId: input.responseId, grader: user });
  revalidatePath(gradingPath(course.slug, input.quizId), "layout");
  redirect(`${attemptUrl(course.slug, input.quizId, input.attemptId, { names: input.names === "1" }, { queued: input.responseId })}#response-${input.responseId}`);
});
