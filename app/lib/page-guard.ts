import { forbidden, notFound, redirect } from "next/navigation";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";

/** Runs a guard for a page and turns its refusal into the matching response. */
export async function guardPage<T>(check: () => Promise<T>, returnTo: string): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
