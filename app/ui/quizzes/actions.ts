"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { startAttempt } from "@/server/attempts/start";
import { attemptUrl } from "@/server/attempts/urls";
import { formAction } from "../../lib/action";

/** Starts (or continues) an attempt and goes to it. */
export const startQuizAttempt = formAction(z.object({ quizId: z.uuid() }), async ({ quizId }) => {
  const user = await guards.requireUser();
  const { attempt } = await startAttempt({ db: await getDb(), user, quizId });
  redirect(attemptUrl(attempt.id));
});
