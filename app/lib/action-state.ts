/** What every server action returns to its form. */
export interface ActionState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** Values to put back in the form after an error (never passwords). */
  values?: Record<string, string>;
  /** A change the server will only make once the user has seen what it affects and confirmed it. */
  confirm?: { items: string[]; token: string };
}

export const idleState: ActionState = { status: "idle" };
