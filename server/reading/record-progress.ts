import { z } from "zod";
import type { Database } from "@/db/client";
import { getActiveEnrollment } from "@/db/queries/courses";
import { getLessonCourse, getProgress, saveProgress } from "@/db/queries/progress";
import { NotFoundError } from "@/lib/errors";
import { applyReport, markComplete, minimumReadingSeconds, type ProgressState } from "@/lib/reading/progress";
import type { CurrentUser } from "@/server/auth/guards";

export const progressReportSchema = z.object({
  lessonId: z.string().uuid(),
  paragraph: z.number().int().min(0).max(10_000),
  visibleSeconds: z.number().min(0).max(24 * 3600),
  reachedEnd: z.boolean(),
});

export function readingSpeedLimit(): number {
  const fromEnv = Number(process.env.READING_MAX_WPM);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 400;
}

/** Only learners enrolled in the lesson's course keep progress on it. */
export async function enrolledLesson(db: Database, user: CurrentUser, lessonId: string) {
  const lesson = await getLessonCourse({ db, lessonId });
  if (!lesson || !(await getActiveEnrollment({ db, courseId: lesson.courseId, userId: user.id }))) {
    throw new NotFoundError("That lesson");
  }
  return lesson;
}

export async function recordProgress({ db, user, report, now = new Date() }: { db: Database; user: CurrentUser; report: z.infer<typeof progressReportSchema>; now?: Date }): Promise<ProgressState> {
  const lesson = await enrolledLesson(db, user, report.lessonId);
  const current = await getProgress({ db, userId: user.id, lessonId: lesson.lessonId });
  const next = applyReport(current, report, { minimumSeconds: minimumReadingSeconds(lesson.wordCount, readingSpeedLimit()), now });
  await saveProgress({ db, userId: user.id, lessonId: lesson.lessonId, state: next });
  return next;
}

export async function markLessonComplete({
  db,
  user,
  lessonId,
  source = "manual",
  now = new Date(),
}: {
  db: Database;
  user: CurrentUser;
  lessonId: string;
  source?: "manual" | "practice";
  now?: Date;
}) {
  const lesson = await enrolledLesson(db, user, lessonId);
  const next = markComplete(await getProgress({ db, userId: user.id, lessonId: lesson.lessonId }), source, now);
  await saveProgress({ db, userId: user.id, lessonId: lesson.lessonId, state: next });
  return next;
}
