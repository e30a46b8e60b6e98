import type { Database } from "@/db/client";
import { getAttempt } from "@/db/queries/attempts";
import { NotFoundError } from "@/lib/errors";
import type { SubmitResponse } from "@/lib/attempts/api";
import type { CurrentUser } from "@/server/auth/guards";
import { finalizeAttempt } from "./finalize";
import { reviewUrl } from "./urls";

/** Idempotent: submitting a submitted attempt answers as the first submission did. */
export async function submitAttempt({ db, user, attemptId, now = new Date() }: { db: Database; user: CurrentUser; attemptId: string; now?: Date }): Promise<SubmitResponse> {
  const attempt = await getAttempt({ db, attemptId });
  if (!attempt || attempt.userId !== user.id) throw new NotFoundError("That attempt");
  // A submission sent as the countdown ran out (or later) is the deadline's, not the learner's choice.
  const by = attempt.deadlineAt !== null && now >= attempt.deadlineAt ? "deadline" : "learner";
  const { submittedBy } = await finalizeAttempt({ db, attemptId, by, now });
  return { state: "submitted", submittedBy, reviewUrl: reviewUrl(attemptId) };
}
