import { unstable_cache } from "next/cache";
import { getDb } from "@/db";
import { getCourseLesson, listCourseLessonTexts, listCourseOutline } from "@/db/queries/lessons";
import { buildGlossary } from "@/lib/reading/glossary";

/**
 * Lesson text and course outlines are the same for every learner and change only when content is
 * synced, so they are cached across requests; per-learner data (progress, notes) is never cached.
 */
const contentCache = { revalidate: 60, tags: ["course-content"] };

export const getCachedLesson = unstable_cache(
  async (courseId: string, lessonSlug: string) => getCourseLesson({ db: await getDb(), courseId, lessonSlug }),
  ["course-lesson"],
  contentCache,
);

export const getCachedOutline = unstable_cache(
  async (courseId: string) => listCourseOutline({ db: await getDb(), courseId }),
  ["course-outline"],
  contentCache,
);

export const getCachedGlossary = unstable_cache(
  async (courseId: string) => buildGlossary(await listCourseLessonTexts({ db: await getDb(), courseId })),
  ["course-glossary"],
  contentCache,
);
