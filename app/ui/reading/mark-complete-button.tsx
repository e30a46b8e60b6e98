"use client";

import { useActionState } from "react";
import { idleState } from "../../lib/action-state";
import { FormMessage } from "../form-status";
import { markCompleteAction } from "./actions";

/** Completing by hand is allowed, and recorded as such rather than as evidence of reading. */
export function MarkCompleteButton({ lessonId }: { lessonId: string }) {
  const [state, action, pending] = useActionState(markCompleteAction, idleState);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={action} className="no-print flex flex-wrap items-center gap-3">
      <input type="hidden" name="lessonId" value={lessonId} />
      <button type="submit" disabled={pending} className="rounded border border-slate-400 px-4 py-2 text-slate-900 hover:bg-white">
        Mark as complete
      </button>
      <FormMessage state={state} />
    </form>
  );
}
