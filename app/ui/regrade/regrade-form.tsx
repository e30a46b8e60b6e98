"use client";

import { useActionState } from "react";
import { regradeAction } from "@/app/(teach)/teach/courses/[course]/quizzes/[quiz]/regrade/actions";
import { idleState } from "@/app/lib/action-state";
import { SubmitButton } from "@/app/ui/form-status";

/** Applies the dry run shown above it, to the version it was computed for. */
export function RegradeForm({ courseSlug, quizId, questionId, versionId, count }: { courseSlug: string; quizId: string; questionId: string; versionId: string; count: number }) {
  const [state, action] = useActionState(regradeAction, idleState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-4">
      <input type="hidden" name="course" value={courseSlug} />
      <input type="hidden" name="quizId" value={quizId} />
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="versionId" value={versionId} />
      <SubmitButton label={`Regrade ${count} ${count === 1 ? "attempt" : "attempts"}`} pendingLabel="Regrading…" />
      <div role="status" aria-live="polite">
        {state.status === "error" && state.message && <p className="font-medium text-red-700">{state.message}</p>}
      </div>
    </form>
  );
}
