import { PublicError } from "@/lib/errors";
import type { FieldErrors } from "@/lib/quizzes/quiz-input";

/** Input that only the database can refuse (a question from another course), reported by field. */
export class QuizInputError extends PublicError {
  constructor(readonly fieldErrors: FieldErrors) {
    super("Please correct the highlighted fields.");
    this.name = "QuizInputError";
  }
}
