"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { idleState, type ActionState } from "@/app/lib/action-state";
import { FormMessage, SubmitButton } from "@/app/ui/form-status";

/**
 * A button that asks before it acts: the first press shows what will happen with "Yes" and
 * "Cancel" (focus moves to the question, Escape cancels), and only "Yes" submits the form.
 */
export function ConfirmForm({
  action,
  fields,
  label,
  question,
  confirmLabel,
  pendingLabel,
  tone = "normal",
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: ReactNode;
  question: string;
  confirmLabel: string;
  pendingLabel: string;
  tone?: "normal" | "danger";
}) {
  const [state, formAction] = useActionState(action, idleState);
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [lastState, setLastState] = useState(state);
  if (state !== lastState) {
    setLastState(state);
    setAsking(false);
  }
  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);
  const cancel = () => {
    setAsking(false);
    requestAnimationFrame(() => openerRef.current?.focus());
  };
  const buttonClass = tone === "danger" ? "rounded border border-red-800 px-3 py-1.5 text-red-800 hover:bg-red-50" : "rounded border border-blue-800 px-3 py-1.5 text-blue-900 hover:bg-blue-50";
  return (
    <form action={formAction} onKeyDown={(event) => event.key === "Escape" && asking && cancel()} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {asking ? (
        <div className="space-y-2 rounded border border-blue-800 bg-blue-50 p-3">
          <p ref={questionRef} tabIndex={-1} className="font-medium text-slate-900">
            {question}
          </p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton label={confirmLabel} pendingLabel={pendingLabel} />
            <button type="button" onClick={cancel} className="rounded border border-slate-500 px-4 py-2 text-slate-900 hover:bg-slate-100">
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button ref={openerRef} type="button" onClick={() => setAsking(true)} className={buttonClass}>
          {label}
        </button>
      )}
      <FormMessage state={state} />
    </form>
  );
}
