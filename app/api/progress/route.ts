import { NextResponse } from "next/server";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { PublicError } from "@/lib/errors";
import { progressReportSchema, recordProgress } from "@/server/reading/record-progress";
import { guardRoute } from "../../lib/route-guard";

/** Reading progress, sent in batches by the lesson page (also by sendBeacon when the tab closes). */
export async function POST(request: Request) {
  return guardRoute(async () => {
    const user = await guards.requireUser();
    const parsed = progressReportSchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw new PublicError(`Invalid progress report: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
    const state = await recordProgress({ db: await getDb(), user, report: parsed.data });
    return NextResponse.json({ status: state.status, lastParagraph: state.lastParagraph });
  });
}
