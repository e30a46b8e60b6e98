"use client";

import { useActionState, useId } from "react";
import { overrideAction } from "@/app/(teach)/teach/courses/[course]/quizzes/[quiz]/grading/actions";
import { idleState } from "@/app/lib/action-state";
import { SubmitButton } from "@/app/ui/form-status";
import { formatMark } from "@/lib/grading/grade-input";

/** A new mark for one answer: the reason goes to the audit log, the comment to the learner. */
export function OverrideForm({
  courseSlug,
  quizId,
  attemptId,
  responseId,
  gradeVersion,
  maxMark,
  mark,
  comment,
  names,
}: {
  courseSlug: string;
  quizId: string;
  attemptId: string;
  responseId: string;
  gradeVersion: number;
  maxMark: number;
  mark: number | null;
  comment: string | null;
  names: boolean;
}) {
  const [state, action] = useActionState(overrideAction, idleState);
  const id = useId();
  const errors = state.fieldErrors ?? {};
  const field = (name: string) => ({ id: `${id}-${name}`, name, "aria-invalid": errors[name] ? true : undefined, "aria-describedby": errors[name] ? `${id}-${name}-error` : undefined });
  const error = (name: string) => errors[name] && <p id={`${id}-${name}-error`} className="text-sm font-medium text-red-700">{errors[name]![0]}</p>;
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-[8rem_1fr]">
      <input type="hidden" name="course" value={courseSlug} />
      <input type="hidden" name="quizId" value={quizId} />
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="responseId" value={responseId} />
      <input type="hidden" name="gradeVersion" value={gradeVersion} />
      <input type="hidden" name="names" value={names ? "1" : "0"} />
      <div>
        <label htmlFor={`${id}-mark`} className="block text-sm font-medium">
          New mark (of {formatMark(maxMark)})
        </label>
        <input {...field("mark")} inputMode="decimal" autoComplete="off" defaultValue={state.values?.mark ?? (mark === null ? "" : formatMark(mark))} className="mt-1 w-full rounded border border-slate-400 px-2 py-1" />
        {error("mark")}
      </div>
      <div>
        <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
          Reason (kept in the audit log)
        </label>
        <input {...field("reason")} defaultValue={state.values?.reason ?? ""} className="mt-1 w-full rounded border border-slate-400 px-2 py-1" />
        {error("reason")}
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={`${id}-comment`} className="block text-sm font-medium">
          Comment for the learner
        </label>
        <textarea {...field("comment")} rows={2} defaultValue={state.values?.comment ?? comment ?? ""} className="mt-1 w-full rounded border border-slate-400 px-2 py-1" />
        {error("comment")}
      </div>
      <div className="flex items-center gap-4 sm:col-span-2">
        <SubmitButton label="Override mark" pendingLabel="Saving…" />
        <div role="status" aria-live="polite">
          {state.status === "error" && state.message && <p className="text-sm font-medium text-red-700">{state.message}</p>}
        </div>
      </div>
    </form>
  );
}
