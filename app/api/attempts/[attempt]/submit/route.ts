import { NextResponse } from "next/server";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { submitAttempt } from "@/server/attempts/submit";
import { idParam } from "../../../../lib/route-params";
import { guardRoute } from "../../../../lib/route-guard";

/** Hands the attempt in; idempotent, so a retry or a double click is one submission. */
export async function POST(_request: Request, { params }: { params: Promise<{ attempt: string }> }) {
  return guardRoute(async () => {
    const user = await guards.requireUser();
    const attemptId = idParam((await params).attempt, "That attempt");
    return NextResponse.json(await submitAttempt({ db: await getDb(), user, attemptId }));
  });
}
