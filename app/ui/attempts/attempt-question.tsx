"use client";

import { memo } from "react";
import type { LearnerView } from "@/lib/questions";
import { QuestionInput, type ResponseValue } from "../questions/question-input";
import { questionAnchor } from "./question-navigator";

export const marksLabel = (marks: number) => `${marks} ${marks === 1 ? "mark" : "marks"}`;

/** Radio buttons cannot be unticked, so these types get a way back to "unanswered". */
const clearable = new Set<LearnerView["type"]>(["single_choice", "true_false"]);

/** One question of the attempt: its heading and marks, the stem, the answer controls and the flag. */
export const AttemptQuestion = memo(function AttemptQuestion({
  attemptQuestionId,
  number,
  maxMark,
  view,
  value,
  flagged,
  answered,
  refusal,
  disabled,
  onChange,
  onToggleFlag,
}: {
  attemptQuestionId: string;
  number: number;
  maxMark: number;
  view: LearnerView;
  value: ResponseValue;
  flagged: boolean;
  answered: boolean;
  /** The server's reason for refusing the latest answer, if it did. */
  refusal: string | null;
  disabled: boolean;
  onChange: (attemptQuestionId: string, value: ResponseValue) => void;
  onToggleFlag: (attemptQuestionId: string) => void;
}) {
  const anchor = questionAnchor(number);
  return (
    <section id={anchor} aria-labelledby={`${anchor}-heading`} tabIndex={-1} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 sm:p-6">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h2 id={`${anchor}-heading`} className="text-lg font-semibold">
          Question {number}
        </h2>
        <p className="text-sm text-slate-700">{marksLabel(maxMark)}</p>
        {flagged && <p className="rounded border border-slate-400 px-2 text-sm font-medium text-slate-900">Flagged for review</p>}
      </div>
      <p className="whitespace-pre-line">{view.stem}</p>
      <QuestionInput view={view} value={value} onChange={(next) => onChange(attemptQuestionId, next)} disabled={disabled} idPrefix={`q${number}`} />
      {refusal && (
        <p className="rounded border border-red-700 bg-red-50 px-3 py-2 font-medium text-red-800">
          Not saved: {refusal}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          aria-pressed={flagged}
          disabled={disabled}
          onClick={() => onToggleFlag(attemptQuestionId)}
          className={`inline-flex items-center gap-2 rounded border px-3 py-1.5 text-sm disabled:opacity-70 ${flagged ? "border-blue-700 bg-blue-50 font-medium text-blue-900" : "border-slate-400 text-slate-900 hover:bg-slate-100"}`}
        >
          <span aria-hidden="true" className={`inline-flex size-4 items-center justify-center rounded-sm border text-xs leading-none ${flagged ? "border-blue-700 bg-blue-700 text-white" : "border-slate-500"}`}>
            {flagged ? "✓" : ""}
          </span>
          Flag for review
        </button>
        {clearable.has(view.type) && answered && (
          <button type="button" disabled={disabled} onClick={() => {
              onChange(attemptQuestionId, {});
              // The button goes once the answer is cleared; keep focus in this question.
              document.getElementById(anchor)?.focus();
            }} className="rounded border border-slate-400 px-3 py-1.5 text-sm text-slate-900 hover:bg-slate-100 disabled:opacity-70">
            Clear my choice
          </button>
        )}
      </div>
    </section>
  );
});
