import { z } from "zod";
import type { Database } from "@/db/client";
import { getAttempt } from "@/db/queries/attempts";
import type { ClockResponse } from "@/lib/attempts/api";
import { NotFoundError } from "@/lib/errors";
import type { Guards } from "@/server/auth/guards";
import { finalizeIfOverdue } from "./finalize";
import { reviewUrl } from "./urls";

/**
 * The attempt's deadline as the database has it now, for the learner's countdown to follow an
 * extension. Its owner's alone; an attempt that ran out while nobody looked is handed in first.
 * One indexed read on the hot path, as the page asks every few seconds.
 */
export async function readAttemptClock({ db, guards, attemptId, now = new Date() }: { db: Database; guards: Pick<Guards, "requireUser">; attemptId: string; now?: Date }): Promise<ClockResponse> {
  const user = await guards.requireUser();
  const attempt = z.uuid().safeParse(attemptId).success ? await getAttempt({ db, attemptId }) : undefined;
  if (!attempt || attempt.userId !== user.id) throw new NotFoundError("That attempt");
  const over = attempt.state !== "in_progress" || (await finalizeIfOverdue({ db, attempt, now }));
  return { serverNow: new Date().toISOString(), deadlineAt: attempt.deadlineAt?.toISOString() ?? null, state: over ? "submitted" : "in_progress", reviewUrl: reviewUrl(attempt.id) };
}
