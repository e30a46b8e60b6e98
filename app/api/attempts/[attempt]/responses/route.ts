import { NextResponse } from "next/server";
import { z } from "zod";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { saveRequestSchema } from "@/lib/attempts/api";
import { PublicError } from "@/lib/errors";
import { saveAnswers } from "@/server/attempts/save";
import { idParam } from "../../../../lib/route-params";
import { guardRoute } from "../../../../lib/route-guard";

/** Autosave: a batch of answers, each kept only if newer than what is stored. */
export async function POST(request: Request, { params }: { params: Promise<{ attempt: string }> }) {
  return guardRoute(async () => {
    const user = await guards.requireUser();
    const attemptId = idParam((await params).attempt, "That attempt");
    const parsed = saveRequestSchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw new PublicError(`These answers could not be read: ${z.prettifyError(parsed.error)}`);
    return NextResponse.json(await saveAnswers({ db: await getDb(), user, attemptId, request: parsed.data }));
  });
}
