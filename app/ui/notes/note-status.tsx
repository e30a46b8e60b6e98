import type { ActionState } from "../../lib/action-state";

/** Like FormMessage, but takes no room until there is something to say (notes sit in tight lists). */
export function NoteStatus({ state, className = "" }: { state: ActionState; className?: string }) {
  return (
    <div role="status" aria-live="polite" className={state.message ? className : ""}>
      {state.message && <p className={state.status === "error" ? "font-medium text-red-700" : "font-medium text-green-800"}>{state.message}</p>}
    </div>
  );
}
