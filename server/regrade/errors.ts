import { PublicError } from "@/lib/errors";

/** A corrected key that cannot be saved, with the fields to show the messages beside. */
export class KeyCorrectionError extends PublicError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]>,
  ) {
    super(message);
    this.name = "KeyCorrectionError";
  }
}
