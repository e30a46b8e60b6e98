"use client";

import { useActionState } from "react";
import { requestReviewAction } from "@/app/(teach)/teach/courses/[course]/quizzes/[quiz]/grading/actions";
import { idleState } from "@/app/lib/action-state";
import { SubmitButton } from "@/app/ui/form-status";

/** Puts one answer in the grading queue. */
export function RequestReviewButton({ courseSlug, quizId, attemptId, responseId, names }: { courseSlug: string; quizId: string; attemptId: string; responseId: string; names: boolean }) {
  const [state, action] = useActionState(requestReviewAction, idleState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="course" value={courseSlug} />
      <input type="hidden" name="quizId" value={quizId} />
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="responseId" value={responseId} />
      <input type="hidden" name="names" value={names ? "1" : "0"} />
      <SubmitButton label="Send to the grading queue" pendingLabel="Sending…" />
      <div role="status" aria-live="polite">
        {state.status === "error" && state.message && <p className="text-sm font-medium text-red-700">{state.message}</p>}
      </div>
    </form>
  );
}
