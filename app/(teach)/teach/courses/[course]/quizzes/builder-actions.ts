"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/app/lib/action";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { PublicError } from "@/lib/errors";
import { quizBankSearchSchema } from "@/lib/quizzes/bank-search";
import { quizCommandSchema, quizStatusCommandSchema } from "@/lib/quizzes/builder-commands";
import { searchQuizBank, type BankPickerPage } from "@/server/quizzes/bank-picker";
import { duplicateQuiz, setQuizStatus } from "@/server/quizzes/lifecycle";
import { startPreview } from "@/server/quizzes/preview";

const quizzesPath = (courseSlug: string) => `/teach/courses/${courseSlug}/quizzes`;

export const duplicateQuizAction = formAction(quizCommandSchema, async ({ course, quizId }) => {
  const copyId = await duplicateQuiz({ db: await getDb(), guards, courseSlug: course, quizId });
  revalidatePath(quizzesPath(course));
  redirect(`${quizzesPath(course)}/${copyId}/edit?copied=1`);
});

export const setQuizStatusAction = formAction(quizStatusCommandSchema, async ({ course, quizId, status }) => {
  const result = await setQuizStatus({ db: await getDb(), guards, courseSlug: course, quizId, status });
  revalidatePath(quizzesPath(course));
  redirect(`${quizzesPath(course)}?${status === "published" ? "published" : "unpublished"}=${quizId}&open=${result.inProgress}`);
});

export const previewQuizAction = formAction(quizCommandSchema, async ({ course, quizId }) => {
  const attemptId = await startPreview({ db: await getDb(), guards, courseSlug: course, quizId });
  redirect(`/attempts/${attemptId}`);
});

export type BankSearchResult = ({ status: "ok" } & BankPickerPage) | { status: "error"; message: string; fieldErrors?: Record<string, string[]> };

/** The picker's search: called from the dialog with the filters as they stand. */
export async function searchBankAction(input: unknown): Promise<BankSearchResult> {
  const parsed = quizBankSearchSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
    return { status: "error", message: "Please correct the search.", fieldErrors };
  }
  const { course, ...search } = parsed.data;
  try {
    return { status: "ok", ...(await searchQuizBank({ db: await getDb(), guards, courseSlug: course, search })) };
  } catch (error) {
    if (error instanceof PublicError) return { status: "error", message: error.message };
    console.error(error);
    return { status: "error", message: "The search failed on our side. Please try again." };
  }
}
