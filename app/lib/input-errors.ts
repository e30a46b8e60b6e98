import { QuizChangeNeedsConfirmation } from "@/server/quizzes/change-impact";
import { QuizInputError } from "@/server/quizzes/errors";
import type { ActionState } from "./action-state";

/** What only the database can refuse comes back beside the field, like the schema's own messages. */
export async function reportingInputErrors(run: () => Promise<void>): Promise<ActionState | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (error instanceof QuizInputError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
    // A save that reaches existing attempts comes back with what it affects, for the instructor to confirm.
    if (error instanceof QuizChangeNeedsConfirmation) return { status: "error", message: error.message, confirm: { items: error.items.map((item) => item.message), token: error.token } };
    throw error;
  }
}

/** formAction keeps the typed values for its own errors; a state the body returns gets them here. */
export function withValues(state: ActionState, formData: FormData, keys: readonly string[]): ActionState {
  if (state.status !== "error" || state.values) return state;
  const values = Object.fromEntries(keys.map((key) => [key, typeof formData.get(key) === "string" ? (formData.get(key) as string) : ""]));
  return { ...state, values };
}
