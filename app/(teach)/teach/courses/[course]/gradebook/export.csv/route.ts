import { guards } from "@/auth";
import { getDb } from "@/db";
import { exportGradebookCsv } from "@/server/gradebook/gradebook";
import { guardRoute } from "@/app/lib/route-guard";
import { csvResponse } from "../_lib/csv-response";

/** The course gradebook as CSV: one row per learner, grade %, attempts and status per quiz. */
export async function GET(_request: Request, { params }: { params: Promise<{ course: string }> }) {
  return guardRoute(async () => {
    const { course } = await params;
    return csvResponse(await exportGradebookCsv({ db: await getDb(), guards, courseSlug: course }));
  });
}
