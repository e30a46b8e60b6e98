import type { Database } from "@/db/client";
import type { SubmitResponse } from "@/lib/attempts/api";
import { isPastDeadline } from "@/lib/attempts/deadline";
import type { CurrentUser } from "@/server/auth/guards";
import { ownAttempt } from "./access";
import { deadlineGraceMs, finalizeAttempt } from "./finalize";
import { reviewUrl } from "./urls";

/** Idempotent: submitting a submitted attempt answers as the first submission did. */
export async function submitAttempt({ db, user, attemptId, now = new Date() }: { db: Database; user: CurrentUser; attemptId: string; now?: Date }): Promise<SubmitResponse> {
  const { attempt } = await ownAttempt(db, user, attemptId);
  const by = isPastDeadline(attempt.deadlineAt, now, deadlineGraceMs) ? "deadline" : "learner";
  const { submittedBy } = await finalizeAttempt({ db, attemptId, by, now });
  return { state: "submitted", submittedBy, reviewUrl: reviewUrl(attemptId) };
}
