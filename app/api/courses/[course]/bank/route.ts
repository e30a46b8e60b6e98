import { NextResponse } from "next/server";
import { z } from "zod";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { countActiveQuestionsByLesson, listCourseOutline } from "@/db/queries/lessons";
import { NotFoundError } from "@/lib/errors";
import { guardRoute } from "../../../../lib/route-guard";

const paramsSchema = z.object({ course: z.string().regex(/^[a-z0-9-]{1,80}$/) });

/** Question-bank size per lesson, for the course's instructors and admins only. */
export async function GET(_request: Request, context: { params: Promise<{ course: string }> }) {
  return guardRoute(async () => {
    const params = paramsSchema.safeParse(await context.params);
    if (!params.success) throw new NotFoundError("That course");
    const { course } = await guards.requireCourseInstructor(params.data.course);
    const db = await getDb();
    const [outline, sizes] = await Promise.all([listCourseOutline({ db, courseId: course.id }), countActiveQuestionsByLesson({ db, courseId: course.id })]);
    return NextResponse.json({
      course: course.slug,
      lessons: outline.flatMap((unit) => unit.lessons.map((lesson) => ({ unit: unit.slug, lesson: lesson.slug, questions: sizes.get(lesson.id) ?? 0 }))),
    });
  });
}
