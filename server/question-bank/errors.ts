import { PublicError } from "@/lib/errors";
import type { FieldErrors } from "@/lib/question-bank/form-fields";

/** A question form the server refused, with a message beside each field it is about. */
export class QuestionFormError extends PublicError {
  constructor(
    public readonly fieldErrors: FieldErrors,
    message = "Please correct the highlighted fields.",
  ) {
    super(message);
    this.name = "QuestionFormError";
  }
}
