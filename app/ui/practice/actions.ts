"use server";

import { revalidatePath } from "next/cache";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { PublicError, UnauthenticatedError } from "@/lib/errors";
import { answerPractice, practiceAnswerSchema } from "@/server/practice/practice";

export type PracticeFeedback =
  | { status: "error"; message: string }
  | ({ status: "ok" } & Awaited<ReturnType<typeof answerPractice>>);

/** Checks one practice answer. Validate → authenticate → check enrolment (inside the service). */
export async function checkPracticeAnswer(input: unknown): Promise<PracticeFeedback> {
  const parsed = practiceAnswerSchema.safeParse(input);
  if (!parsed.success) return { status: "error", message: "That answer could not be read. Reload the page and try again." };
  try {
    const user = await guards.requireUser();
    const feedback = await answerPractice({ db: await getDb(), user, input: parsed.data });
    if (feedback.round.passed) revalidatePath("/courses", "layout");
    return { status: "ok", ...feedback };
  } catch (error) {
    if (error instanceof UnauthenticatedError || error instanceof PublicError) return { status: "error", message: error.message };
    console.error(error);
    return { status: "error", message: "Something went wrong on our side. Your answer was not lost; try again." };
  }
}
