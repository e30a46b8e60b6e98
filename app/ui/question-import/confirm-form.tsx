"use client";

import { useActionState, useId } from "react";
import { confirmImportAction, discardImportAction } from "@/app/(teach)/teach/courses/[course]/questions/import/actions";
import { idleState } from "@/app/lib/action-state";
import { SubmitButton } from "@/app/ui/form-status";

const input = "mt-1 rounded border border-slate-400 px-2 py-1";

/** Where the previewed questions go (a lesson, a tag, or both), then all of them at once. */
export function ConfirmForm({ courseSlug, draftId, count, lessons, suggestedTag }: { courseSlug: string; draftId: string; count: number; lessons: { id: string; title: string; unitTitle: string }[]; suggestedTag: string }) {
  const [state, action] = useActionState(confirmImportAction, idleState);
  const [discardState, discard] = useActionState(discardImportAction, idleState);
  const id = useId();
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-4">
        <input type="hidden" name="course" value={courseSlug} />
        <input type="hidden" name="draftId" value={draftId} />
        <div>
          <label htmlFor={`${id}-lesson`} className="block font-medium">
            Lesson
          </label>
          <select id={`${id}-lesson`} name="lessonId" defaultValue={state.values?.lessonId ?? ""} className={`${input} block w-full`}>
            <option value="">No lesson (find them by tag)</option>
            {lessons.map((lesson) => (
              <option key={lesson.id} value={lesson.id}>
                {lesson.unitTitle}: {lesson.title}
              </option>
            ))}
          </select>
          {errors.lessonId && <p className="text-sm font-medium text-red-700">{errors.lessonId[0]}</p>}
        </div>
        <div>
          <label htmlFor={`${id}-tag`} className="block font-medium">
            Tag every imported question with
          </label>
          <input
            id={`${id}-tag`}
            name="tag"
            defaultValue={state.values?.tag ?? suggestedTag}
            aria-invalid={errors.tag ? true : undefined}
            aria-describedby={errors.tag ? `${id}-tag-error` : `${id}-tag-hint`}
            className={`${input} w-full max-w-md`}
          />
          <p id={`${id}-tag-hint`} className="text-sm text-slate-700">
            Optional. Tags the file gives its questions are kept as well.
          </p>
          {errors.tag && (
            <p id={`${id}-tag-error`} className="text-sm font-medium text-red-700">
              {errors.tag[0]}
            </p>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton label={`Add ${count} ${count === 1 ? "question" : "questions"} to the bank`} pendingLabel="Adding…" />
          <div role="status" aria-live="polite">
            {state.status === "error" && state.message && <p className="font-medium text-red-700">{state.message}</p>}
          </div>
        </div>
      </form>
      <form action={discard} className="flex items-center gap-4">
        <input type="hidden" name="course" value={courseSlug} />
        <input type="hidden" name="draftId" value={draftId} />
        <button type="submit" className="rounded border border-slate-500 px-4 py-2 font-medium hover:bg-slate-100">
          Discard this import
        </button>
        <div role="status" aria-live="polite">
          {discardState.status === "error" && discardState.message && <p className="font-medium text-red-700">{discardState.message}</p>}
        </div>
      </form>
    </div>
  );
}
