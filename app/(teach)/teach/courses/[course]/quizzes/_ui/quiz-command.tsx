"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { idleState, type ActionState } from "@/app/lib/action-state";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

function CommandButton({ label, quizTitle, primary }: { label: string; quizTitle: string; primary: boolean }) {
  const { pending } = useFormStatus();
  const look = primary ? "bg-blue-700 text-white hover:bg-blue-800" : "border border-slate-400 text-slate-800 hover:bg-slate-100";
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded px-3 py-1 text-sm ${look} disabled:opacity-70`}>
      {label}
      <span className="sr-only"> {quizTitle}</span>
    </button>
  );
}

/** One button that acts on one quiz (duplicate, publish, preview); a refusal is said beside it. */
export function QuizCommand({ action, courseSlug, quizId, quizTitle, label, status, primary = false }: { action: Action; courseSlug: string; quizId: string; quizTitle: string; label: string; status?: string; primary?: boolean }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction}>
      <input type="hidden" name="course" value={courseSlug} />
      <input type="hidden" name="quizId" value={quizId} />
      {status && <input type="hidden" name="status" value={status} />}
      <CommandButton label={label} quizTitle={quizTitle} primary={primary} />
      <div role="status" aria-live="polite">
        {state.status === "error" && <p className="mt-1 text-sm font-medium text-red-700">{state.message}</p>}
      </div>
    </form>
  );
}
