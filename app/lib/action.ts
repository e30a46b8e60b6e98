import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { PublicError, UnauthenticatedError } from "@/lib/errors";
import type { ActionState } from "./action-state";

/**
 * The one way server actions are written: parse the form with zod, run the body (which calls
 * the guards before touching data), and turn failures into a state the form can show.
 * Only PublicError messages reach the user; anything else is logged and reported generically.
 */
export function formAction<S extends z.ZodType>(
  schema: S,
  body: (input: z.output<S>) => Promise<ActionState | void>,
  options: { keep?: string[] } = {},
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const raw = Object.fromEntries(formData.entries());
    const values = Object.fromEntries(
      (options.keep ?? []).map((key) => [key, typeof raw[key] === "string" ? (raw[key] as string) : ""]),
    );
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "form");
        (fieldErrors[key] ??= []).push(issue.message);
      }
      return { status: "error", message: "Please correct the highlighted fields.", fieldErrors, values };
    }
    try {
      return (await body(parsed.data)) ?? { status: "success" };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof UnauthenticatedError) return { status: "error", message: error.message, values };
      if (error instanceof PublicError) return { status: "error", message: error.message, values };
      console.error(error);
      return { status: "error", message: "Something went wrong on our side. Your input was not lost; please try again.", values };
    }
  };
}
