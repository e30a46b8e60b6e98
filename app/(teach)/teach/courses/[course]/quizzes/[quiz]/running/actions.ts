"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/app/lib/action";
import { runningAttemptsPath } from "@/app/lib/accommodation-paths";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { extendFormSchema } from "@/lib/attempts/extension";
import { formatUtc } from "@/lib/quizzes/format";
import { extendAttempt } from "@/server/accommodations/extend";

export const extendAttemptAction = formAction(
  extendFormSchema,
  async ({ course, quizId, attemptId, minutes }) => {
    const { deadlineAt } = await extendAttempt({ db: await getDb(), guards, courseSlug: course, quizId, attemptId, minutes });
    revalidatePath(runningAttemptsPath(course, quizId));
    return { status: "success", message: `Extended by ${minutes} min. The attempt now ends ${formatUtc(deadlineAt)}; the learner's countdown shows it within seconds.` };
  },
  { keep: ["minutes"] },
);
