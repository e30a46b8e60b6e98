"use client";

import { useActionState } from "react";
import { idleState } from "../../lib/action-state";
import { FormMessage, SubmitButton } from "../form-status";
import { startQuizAttempt } from "./actions";

export function StartAttemptForm({ quizId, label, timeLimitNote }: { quizId: string; label: string; timeLimitNote: string | null }) {
  const [state, action] = useActionState(startQuizAttempt, idleState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="quizId" value={quizId} />
      {timeLimitNote && <p className="text-slate-700">{timeLimitNote}</p>}
      <SubmitButton label={label} pendingLabel="Starting…" />
      <FormMessage state={state} />
    </form>
  );
}
