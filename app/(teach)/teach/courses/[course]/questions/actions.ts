"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/app/lib/action";
import type { ActionState } from "@/app/lib/action-state";
import { bankUrl, editQuestionUrl } from "@/app/ui/question-bank/urls";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { formFieldsOf } from "@/lib/question-bank/form-values";
import { createBankQuestion, saveBankQuestion } from "@/server/question-bank/editor";
import { QuestionFormError } from "@/server/question-bank/errors";
import { changeQuestionStatus } from "@/server/question-bank/status";

/** Creating, editing, retiring and restoring the course's questions: instructors of the course (and admins) only. */

const saveSchema = z.object({
  course: z.string().min(1),
  questionId: z.union([z.literal(""), z.uuid("That question was not found.")]),
  version: z.union([z.literal(""), z.coerce.number().int().min(1)]),
});

export async function saveQuestionAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFieldsOf(formData.entries());
  const hidden = new Set(["course", "questionId", "version"]);
  const values = Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined && !hidden.has(entry[0])));
  const run = formAction(saveSchema, async (input) => {
    const { user, course } = await guards.requireCourseInstructor(input.course);
    const db = await getDb();
    try {
      if (input.questionId === "") {
        const { questionId } = await createBankQuestion({ db, courseId: course.id, instructor: user, fields });
        revalidatePath(bankUrl(course.slug), "layout");
        redirect(editQuestionUrl(course.slug, questionId, "saved=created"));
      }
      const saved = await saveBankQuestion({ db, courseId: course.id, questionId: input.questionId, fromVersion: Number(input.version), instructor: user, fields });
      if (saved.outcome === "unchanged") return { status: "success", message: `Nothing changed, so nothing was saved: this is still version ${saved.version}.` };
      revalidatePath(bankUrl(course.slug), "layout");
      if (saved.outcome === "details") return { status: "success", message: `Saved the lesson and tags. The wording and key did not change, so this is still version ${saved.version}.` };
      redirect(editQuestionUrl(course.slug, input.questionId, `saved=${saved.version}`));
    } catch (error) {
      if (error instanceof QuestionFormError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
      throw error;
    }
  });
  const state = await run(previous, formData);
  return state.status === "error" && !state.values?.stem ? { ...state, values } : state;
}

const statusSchema = z.object({
  course: z.string().min(1),
  questionId: z.uuid("That question was not found."),
  status: z.enum(["active", "retired"], "Choose whether to retire or restore the question."),
});

export const setQuestionStatusAction = formAction(statusSchema, async (input) => {
  const { user, course } = await guards.requireCourseInstructor(input.course);
  const db = await getDb();
  const { changed } = await changeQuestionStatus({ db, courseId: course.id, questionId: input.questionId, status: input.status, instructor: user });
  revalidatePath(bankUrl(course.slug), "layout");
  const query = new URLSearchParams({ [input.status === "retired" ? "retired" : "restored"]: input.questionId, ...(changed ? {} : { already: "1" }) });
  redirect(bankUrl(course.slug, query));
});
