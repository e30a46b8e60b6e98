import { PublicError } from "@/lib/errors";

/** Another grader saved the response after this grader loaded it. */
export class StaleGradeError extends PublicError {
  constructor() {
    super("Another grader saved this answer while you were grading it; their grade is shown now — yours was not saved.");
    this.name = "StaleGradeError";
  }
}

/** A grade the rules refuse, named by the field it belongs to. */
export class GradeInputError extends PublicError {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = "GradeInputError";
  }
}
