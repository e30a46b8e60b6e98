"use client";

import { useFormStatus } from "react-dom";
import type { ActionState } from "../lib/action-state";

export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

/** Announced to screen readers when it changes. */
export function FormMessage({ state }: { state: ActionState }) {
  return (
    <div aria-live="polite" role="status" className="min-h-6">
      {state.message && (
        <p className={state.status === "error" ? "font-medium text-red-700" : "font-medium text-green-800"}>{state.message}</p>
      )}
    </div>
  );
}
