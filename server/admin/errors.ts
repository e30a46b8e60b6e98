import { PublicError } from "@/lib/errors";

/** A refusal that belongs beside one field of the form, like the schema's own messages. */
export class AdminInputError extends PublicError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "AdminInputError";
  }

  get fieldErrors(): Record<string, string[]> {
    return { [this.field]: [this.message] };
  }
}
