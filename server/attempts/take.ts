import type { Database } from "@/db/client";
import { attemptItems } from "@/db/queries/attempts";
import { learnerViewOf } from "@/lib/questions";
import type { CurrentUser } from "@/server/auth/guards";
import type { AttemptPlayerProps } from "@/app/ui/attempts/attempt-props";
import { ownAttempt } from "./access";
import { finalizeIfOverdue } from "./finalize";
import { questionsForVersions } from "./question-cache";
import { previewReturnUrl, quizUrl, reviewUrl } from "./urls";

/**
 * What the attempt page sends the browser: learner views (no keys, no feedback) in this attempt's
 * order, and the answers saved so far. `over` when the attempt is submitted, or has just been
 * handed in because its deadline passed while nobody was looking.
 */
export async function loadAttemptForLearner({ db, user, attemptId, now = new Date() }: { db: Database; user: CurrentUser; attemptId: string; now?: Date }): Promise<
  { over: true; reviewUrl: string } | { over: false; props: AttemptPlayerProps; instructions: string; preview: boolean }
> {
  const { attempt, quiz, course } = await ownAttempt(db, user, attemptId);
  if (await finalizeIfOverdue({ db, attempt, now })) return { over: true, reviewUrl: reviewUrl(attemptId) };

  const items = await attemptItems({ db, attemptId });
  const versions = await questionsForVersions(db, items.map((item) => item.questionVersionId));
  const questions = items
    .filter((item) => item.dropped !== "removed")
    .map((item, index) => ({
      attemptQuestionId: item.attemptQuestionId,
      number: index + 1,
      maxMark: item.maxMark,
      view: learnerViewOf(versions.get(item.questionVersionId)!, item.displayOrder ?? undefined),
      saved: { answer: (item.response.answer as Record<string, unknown> | null) ?? null, seq: item.response.clientSeq, flagged: item.response.flagged },
    }));
  return {
    over: false,
    instructions: quiz.instructions,
    preview: attempt.preview,
    props: {
      attemptId,
      quizTitle: quiz.title,
      deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
      serverNow: now.toISOString(),
      questions,
      reviewUrl: reviewUrl(attemptId),
      quizUrl: attempt.preview ? previewReturnUrl(course.slug, quiz.id) : quizUrl(course.slug, quiz.id),
    },
  };
}
