import { NextResponse } from "next/server";
import { guards } from "@/auth";
import { getDb } from "@/db";
import type { StartResponse } from "@/lib/attempts/api";
import { startAttempt } from "@/server/attempts/start";
import { attemptUrl } from "@/server/attempts/urls";
import { idParam } from "../../../../lib/route-params";
import { guardRoute } from "../../../../lib/route-guard";

/** Starts an attempt, or returns the learner's attempt already in progress. */
export async function POST(_request: Request, { params }: { params: Promise<{ quiz: string }> }) {
  return guardRoute(async () => {
    const user = await guards.requireUser();
    const quizId = idParam((await params).quiz, "That quiz");
    const { attempt, created } = await startAttempt({ db: await getDb(), user, quizId });
    return NextResponse.json({ attemptId: attempt.id, attemptUrl: attemptUrl(attempt.id), created } satisfies StartResponse);
  });
}
