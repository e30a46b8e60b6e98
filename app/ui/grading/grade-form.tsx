"use client";

import { useActionState, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { saveGradeAction } from "@/app/(teach)/teach/courses/[course]/quizzes/[quiz]/grading/actions";
import { idleState } from "@/app/lib/action-state";
import { SubmitButton } from "@/app/ui/form-status";
import { formatMark, rubricMark } from "@/lib/grading/grade-input";
import type { Rubric } from "@/lib/questions/types";
import type { QueueView } from "./urls";

export interface GradeFormProps {
  courseSlug: string;
  quizId: string;
  responseId: string;
  gradeVersion: number;
  maxMark: number;
  rubric: Rubric | null;
  initial: { mark: number | null; comment: string | null; selections: Record<string, string> };
  view: QueueView;
}

/**
 * One answer's grade, made for the keyboard: focus starts on the first control, arrow keys pick a
 * level within a criterion, Enter (Ctrl+Enter in the comment) saves and opens the next answer.
 */
export function GradeForm({ courseSlug, quizId, responseId, gradeVersion, maxMark, rubric, initial, view }: GradeFormProps) {
  const [state, action] = useActionState(saveGradeAction, idleState);
  const [selections, setSelections] = useState<Record<string, string>>(initial.selections);
  const [mark, setMark] = useState(initial.mark === null ? "" : formatMark(initial.mark));
  const [comment, setComment] = useState(initial.comment ?? "");
  const formRef = useRef<HTMLFormElement>(null);
  const suggested = rubric ? rubricMark(rubric, selections, maxMark) : null;
  const rubricPoints = rubric ? rubric.criteria.reduce((sum, criterion) => sum + Math.max(...criterion.levels.map((level) => level.points)), 0) : 0;
  const scaling = rubric && rubricPoints !== maxMark && rubricPoints > 0 ? ` The rubric is out of ${formatMark(rubricPoints)} points; its total is scaled to ${formatMark(maxMark)}.` : "";

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>("input:not([type=hidden])")?.focus();
  }, []);

  function pick(key: string, label: string) {
    const next = { ...selections, [key]: label };
    setSelections(next);
    const sum = rubric ? rubricMark(rubric, next, maxMark) : null;
    if (sum !== null) setMark(formatMark(sum));
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    const inComment = target.tagName === "TEXTAREA";
    if (target.tagName === "BUTTON" || (inComment && !(event.ctrlKey || event.metaKey))) return;
    event.preventDefault();
    formRef.current?.requestSubmit();
  }

  const errors = state.fieldErrors ?? {};
  return (
    <form ref={formRef} action={action} onKeyDown={onKeyDown} className="space-y-5" aria-describedby="grade-keys">
      <input type="hidden" name="course" value={courseSlug} />
      <input type="hidden" name="quizId" value={quizId} />
      <input type="hidden" name="responseId" value={responseId} />
      <input type="hidden" name="gradeVersion" value={gradeVersion} />
      <input type="hidden" name="groupBy" value={view.groupBy} />
      <input type="hidden" name="names" value={view.names ? "1" : "0"} />

      {rubric && (
        <div className="space-y-4">
          {rubric.criteria.map((criterion) => (
            <fieldset key={criterion.key} className="rounded border border-slate-300 p-3">
              <legend className="px-1 font-semibold">{criterion.title}</legend>
              <div className="space-y-1">
                {criterion.levels.map((level) => (
                  <label key={level.label} className="flex gap-2 rounded p-1 hover:bg-slate-50">
                    <input type="radio" name={`criterion:${criterion.key}`} value={level.label} checked={selections[criterion.key] === level.label} onChange={() => pick(criterion.key, level.label)} className="mt-1" />
                    <span>
                      <span className="font-medium">
                        {level.label} ({formatMark(level.points)} {level.points === 1 ? "point" : "points"})
                      </span>
                      {level.description && <span className="block text-sm text-slate-700">{level.description}</span>}
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          {errors.rubric && <p className="font-medium text-red-700">{errors.rubric[0]}</p>}
        </div>
      )}

      <div>
        <label htmlFor="grade-mark" className="block font-medium">
          Mark (out of {formatMark(maxMark)})
        </label>
        <input
          id="grade-mark"
          name="mark"
          inputMode="decimal"
          autoComplete="off"
          value={mark}
          onChange={(event) => setMark(event.target.value)}
          aria-invalid={errors.mark ? true : undefined}
          aria-describedby={errors.mark ? "grade-mark-error grade-mark-hint" : "grade-mark-hint"}
          className="mt-1 w-32 rounded border border-slate-400 px-3 py-2"
        />
        <p id="grade-mark-hint" className="text-sm text-slate-700">
          {suggested !== null ? `The rubric gives ${formatMark(suggested)}; change it if you need to.` : rubric ? "Pick a level in every criterion to add up their points, or type a mark." : "Type a mark."}
          {scaling}
        </p>
        {errors.mark && (
          <p id="grade-mark-error" className="font-medium text-red-700">
            {errors.mark[0]}
          </p>
        )}
      </div>

      <div>
        <label htmlFor="grade-comment" className="block font-medium">
          Comment for the learner
        </label>
        <textarea id="grade-comment" name="comment" rows={4} value={comment} onChange={(event) => setComment(event.target.value)} className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
        {errors.comment && <p className="font-medium text-red-700">{errors.comment[0]}</p>}
      </div>

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label="Save and next" pendingLabel="Saving…" />
        <p id="grade-keys" className="text-sm text-slate-700">
          Keyboard: Tab between fields, arrow keys to choose a level, Enter to save and open the next answer (Ctrl+Enter in the comment).
        </p>
      </div>
      <div role="status" aria-live="polite" className="min-h-6">
        {state.status === "error" && state.message && <p className="font-medium text-red-700">{state.message}</p>}
      </div>
    </form>
  );
}
