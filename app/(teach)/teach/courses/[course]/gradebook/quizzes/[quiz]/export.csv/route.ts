import { guards } from "@/auth";
import { getDb } from "@/db";
import { exportQuizQuestionsCsv } from "@/server/gradebook/gradebook";
import { idParam } from "@/app/lib/route-params";
import { guardRoute } from "@/app/lib/route-guard";
import { csvResponse } from "../../../_lib/csv-response";

/** One quiz's marks per question as CSV: one row per submitted attempt. */
export async function GET(_request: Request, { params }: { params: Promise<{ course: string; quiz: string }> }) {
  return guardRoute(async () => {
    const { course, quiz } = await params;
    const quizId = idParam(quiz, "That quiz");
    return csvResponse(await exportQuizQuestionsCsv({ db: await getDb(), guards, courseSlug: course, quizId }));
  });
}
