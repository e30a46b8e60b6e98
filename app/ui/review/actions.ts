"use server";

import { guards } from "@/auth";
import { getDb } from "@/db";
import { PublicError, UnauthenticatedError } from "@/lib/errors";
import { answerReview, reviewAnswerSchema } from "@/server/review/review";

export type ReviewFeedback = { status: "error"; message: string } | ({ status: "ok" } & Awaited<ReturnType<typeof answerReview>>);

/** Checks one review answer. Validate → authenticate → enrolment and card ownership (inside the service). */
export async function checkReviewAnswer(input: unknown): Promise<ReviewFeedback> {
  const parsed = reviewAnswerSchema.safeParse(input);
  if (!parsed.success) return { status: "error", message: "That answer could not be read. Reload the page and try again." };
  try {
    const user = await guards.requireUser();
    return { status: "ok", ...(await answerReview({ db: await getDb(), user, input: parsed.data })) };
  } catch (error) {
    if (error instanceof UnauthenticatedError || error instanceof PublicError) return { status: "error", message: error.message };
    console.error(error);
    return { status: "error", message: "Something went wrong on our side. Your answer was not lost; try again." };
  }
}
