"use client";

import { useActionState } from "react";
import { idleState } from "@/app/lib/action-state";
import { SubmitButton } from "@/app/ui/form-status";
import { extendLimits } from "@/lib/attempts/extension";
import { extendAttemptAction } from "../[quiz]/running/actions";

/** "Extend now" for one running attempt: minutes, then the button; the outcome is announced. */
export function ExtendForm({ courseSlug, quizId, attemptId, learnerName }: { courseSlug: string; quizId: string; attemptId: string; learnerName: string }) {
  const [state, action] = useActionState(extendAttemptAction, idleState);
  const id = `minutes-${attemptId}`;
  const errors = state.fieldErrors?.minutes ?? [];
  return (
    <form action={action} noValidate className="space-y-1">
      <input type="hidden" name="course" value={courseSlug} />
      <input type="hidden" name="quizId" value={quizId} />
      <input type="hidden" name="attemptId" value={attemptId} />
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={id} className="block text-sm font-medium text-slate-800">
            Extra minutes<span className="sr-only"> for {learnerName}</span>
          </label>
          <input
            id={id}
            name="minutes"
            inputMode="numeric"
            defaultValue={state.status === "error" ? (state.values?.minutes ?? "10") : "10"}
            aria-invalid={errors.length ? true : undefined}
            aria-describedby={errors.length ? `${id}-hint ${id}-error` : `${id}-hint`}
            className="block w-24 rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-700"
          />
        </div>
        <SubmitButton label="Extend now" pendingLabel="Extending…" />
      </div>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {extendLimits.minMinutes} to {extendLimits.maxMinutes} minutes.
      </p>
      {/* One live region for the outcome: the field's error, the refusal or the new deadline. */}
      <div role="status" aria-live="polite" className="min-h-6">
        {errors.length > 0 ? (
          <p id={`${id}-error`} className="text-sm font-medium text-red-700">
            {errors.join(" ")}
          </p>
        ) : (
          state.message && <p className={state.status === "error" ? "text-sm font-medium text-red-700" : "text-sm font-medium text-green-800"}>{state.message}</p>
        )}
      </div>
    </form>
  );
}
