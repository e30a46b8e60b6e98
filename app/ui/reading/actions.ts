"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { markLessonComplete } from "@/server/reading/record-progress";
import { formAction } from "../../lib/action";

export const markCompleteAction = formAction(z.object({ lessonId: z.string().uuid() }), async ({ lessonId }) => {
  const user = await guards.requireUser();
  await markLessonComplete({ db: await getDb(), user, lessonId });
  revalidatePath("/courses", "layout");
  return { status: "success", message: "Marked as complete." };
});
