/** A message that is safe to show the user as it is. Anything else is logged and shown generically. */
export class PublicError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PublicError";
  }
}

export class UnauthenticatedError extends PublicError {
  constructor() {
    super("Please sign in to continue.");
    this.name = "UnauthenticatedError";
  }
}

export class ForbiddenError extends PublicError {
  constructor(message = "You do not have access to this.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends PublicError {
  constructor(what = "That page") {
    super(`${what} was not found.`);
    this.name = "NotFoundError";
  }
}
