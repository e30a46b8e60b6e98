"use client";

import { useActionState, useId } from "react";
import { dropAction } from "@/app/(teach)/teach/courses/[course]/quizzes/[quiz]/regrade/actions";
import { idleState } from "@/app/lib/action-state";
import { SubmitButton } from "@/app/ui/form-status";
import type { Dropped } from "@/lib/regrade/plan";

/** Drop the question from every attempt (full marks, or out of the total), or restore a dropped one. */
export function DropForm({ courseSlug, quizId, questionId, droppedAs }: { courseSlug: string; quizId: string; questionId: string; droppedAs: Dropped }) {
  const [state, action] = useActionState(dropAction, idleState);
  const id = useId();
  const errors = state.fieldErrors ?? {};
  const mode = state.values?.mode ?? (droppedAs ? "restore" : "");
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="course" value={courseSlug} />
      <input type="hidden" name="quizId" value={quizId} />
      <input type="hidden" name="questionId" value={questionId} />
      <fieldset aria-describedby={errors.mode ? `${id}-mode-error` : undefined} className="space-y-1">
        <legend className="font-medium">What to do</legend>
        {(
          [
            ["full_marks", "Give everyone full marks for it"],
            ["removed", "Remove it from every attempt's total"],
            ...(droppedAs ? [["restore", "Restore it: count the marks learners earned"]] : []),
          ] as [string, string][]
        )
          .filter(([value]) => value !== droppedAs)
          .map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="mode" value={value} defaultChecked={mode === value} />
              {label}
            </label>
          ))}
        {errors.mode && (
          <p id={`${id}-mode-error`} className="text-sm font-medium text-red-700">
            {errors.mode[0]}
          </p>
        )}
      </fieldset>
      <div>
        <label htmlFor={`${id}-reason`} className="block font-medium">
          Reason (kept in the audit log)
        </label>
        <input
          id={`${id}-reason`}
          name="reason"
          defaultValue={state.values?.reason ?? ""}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
          className="mt-1 w-full max-w-xl rounded border border-slate-400 px-2 py-1"
        />
        {errors.reason && (
          <p id={`${id}-reason-error`} className="text-sm font-medium text-red-700">
            {errors.reason[0]}
          </p>
        )}
      </div>
      <div className="flex items-center gap-4">
        <SubmitButton label={droppedAs ? "Apply to every attempt" : "Drop the question"} pendingLabel="Saving…" />
        <div role="status" aria-live="polite">
          {state.status === "error" && state.message && <p className="font-medium text-red-700">{state.message}</p>}
        </div>
      </div>
    </form>
  );
}
