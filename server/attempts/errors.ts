import type { AttemptOverCode } from "@/lib/attempts/api";
import { PublicError } from "@/lib/errors";

/** A save or submission that came too late: answered 409 with where to review the attempt. */
export class AttemptOverError extends PublicError {
  constructor(
    readonly code: AttemptOverCode,
    message: string,
    readonly reviewUrl: string,
  ) {
    super(message);
    this.name = "AttemptOverError";
  }
}
