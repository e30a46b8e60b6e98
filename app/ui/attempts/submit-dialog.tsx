"use client";

import { useEffect, useRef } from "react";
import { questionList } from "./save-status";
import type { SubmissionState } from "./use-submission";

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "2 questions are unanswered and 1 is flagged for review." and its variants. */
export function submitSummary(unanswered: number, flagged: number): string {
  const first = unanswered === 0 ? "Every question is answered" : unanswered === 1 ? "1 question is unanswered" : `${unanswered} questions are unanswered`;
  const second = flagged === 0 ? "none is flagged for review" : flagged === 1 ? "1 is flagged for review" : `${flagged} are flagged for review`;
  return `${first} and ${second}.`;
}

const progressText = (state: SubmissionState) =>
  state.kind === "working" ? (state.step === "saving" ? "Saving your last answers…" : "Submitting…") : state.kind === "done" ? "Submitted. Opening your review…" : "";

/**
 * The last check before handing in: what is unanswered or flagged, and that answers are final.
 * A native modal dialog, so focus stays inside, Escape cancels and focus returns to the opener.
 */
export function SubmitDialog({
  openRequests,
  onConfirm,
  state,
  unanswered,
  flagged,
  notSaved,
}: {
  /** Each increment opens the dialog (if it is not open already). */
  openRequests: number;
  onConfirm: () => void;
  state: SubmissionState;
  unanswered: readonly number[];
  flagged: readonly number[];
  /** Questions whose latest answer the server refused. */
  notSaved: readonly number[];
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keepWorking = useRef<HTMLButtonElement>(null);
  const busy = state.kind === "working" || state.kind === "done";

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (openRequests > 0 && !element.open) {
      element.showModal();
      // The safe choice has focus, so a second press of Enter does not hand the attempt in unread.
      keepWorking.current?.focus();
    }
  }, [openRequests]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="submit-dialog-title"
      aria-describedby="submit-dialog-summary"
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
      className="m-auto w-[min(36rem,calc(100%-2rem))] rounded-lg border border-slate-300 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-black/60"
    >
      <h2 id="submit-dialog-title" className="text-xl font-semibold">
        Submit your attempt?
      </h2>
      <p id="submit-dialog-summary" className="mt-3">
        {submitSummary(unanswered.length, flagged.length)} You cannot change your answers after submitting.
      </p>
      {(unanswered.length > 0 || flagged.length > 0 || notSaved.length > 0) && (
        <ul className="mt-3 list-disc space-y-1 pl-6 text-slate-800">
          {unanswered.length > 0 && <li>Unanswered: {questionList(unanswered)}.</li>}
          {flagged.length > 0 && <li>Flagged for review: {questionList(flagged)}.</li>}
          {notSaved.length > 0 && (
            <li className="font-medium text-red-700">
              {capitalise(questionList(notSaved))}: the latest answer was not saved, so the answer saved before it counts.
            </li>
          )}
        </ul>
      )}
      <p aria-live="polite" className="mt-2 min-h-6 text-slate-700">
        {progressText(state)}
      </p>
      <div role="alert" className="font-medium text-red-700">
        {state.kind === "failed" ? state.message : null}
      </div>
      <div className="mt-5 flex flex-wrap gap-3">
        <button type="button" onClick={onConfirm} disabled={busy} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-70">
          Submit now
        </button>
        <button ref={keepWorking} type="button" onClick={() => dialog.current?.close()} disabled={busy} className="rounded border border-slate-400 px-4 py-2 font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-70">
          Keep working
        </button>
      </div>
    </dialog>
  );
}
