import { z } from "zod";
import { guardRoute } from "@/app/lib/route-guard";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { PublicError } from "@/lib/errors";
import { questionTypes } from "@/lib/content/schema";
import { exportQuestions } from "@/server/interchange/export";

const querySchema = z.object({
  format: z.enum(["gift", "moodle_xml"], "Choose the export format: gift or moodle_xml."),
  lesson: z.uuid("That lesson was not found.").optional(),
  tag: z.uuid("That tag was not found.").optional(),
  type: z.enum(questionTypes).optional(),
  status: z.enum(["active", "retired"]).optional(),
  q: z.string().trim().max(200).optional(),
  ids: z
    .string()
    .transform((value) => value.split(",").filter(Boolean))
    .pipe(z.array(z.uuid("A selected question was not found.")).max(5_000))
    .optional(),
});

/** GET …/questions/export?format=gift|moodle_xml [&lesson=&tag=&type=&status=&q=&ids=a,b]: a file to download. */
export async function GET(request: Request, { params }: { params: Promise<{ course: string }> }) {
  return guardRoute(async () => {
    const { course: courseSlug } = await params;
    const { course } = await guards.requireCourseInstructor(courseSlug);
    const query = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ""));
    const parsed = querySchema.safeParse(query);
    if (!parsed.success) throw new PublicError(parsed.error.issues[0]!.message);
    const { format, lesson, tag, type, status, q, ids } = parsed.data;
    const { body } = await exportQuestions({ db: await getDb(), courseId: course.id, courseTitle: course.title, format, filter: { lessonId: lesson, tagId: tag, type, status, search: q || undefined, questionIds: ids } });
    const extension = format === "gift" ? "gift.txt" : "xml";
    return new Response(body, {
      headers: {
        "content-type": format === "gift" ? "text/plain; charset=utf-8" : "application/xml; charset=utf-8",
        "content-disposition": `attachment; filename="${course.slug}-questions.${extension}"`,
        "cache-control": "no-store",
      },
    });
  });
}
