import { NextResponse } from "next/server";
import { ForbiddenError, NotFoundError, PublicError, UnauthenticatedError } from "@/lib/errors";
import { AttemptOverError } from "@/server/attempts/errors";

/** Runs a route handler body and maps guard refusals to HTTP status codes with a JSON message. */
export async function guardRoute(body: () => Promise<Response>): Promise<Response> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UnauthenticatedError) return NextResponse.json({ error: error.message }, { status: 401 });
    if (error instanceof ForbiddenError) return NextResponse.json({ error: error.message }, { status: 403 });
    if (error instanceof NotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
    if (error instanceof AttemptOverError) return NextResponse.json({ error: error.message, code: error.code, reviewUrl: error.reviewUrl }, { status: 409 });
    if (error instanceof PublicError) return NextResponse.json({ error: error.message }, { status: 400 });
    console.error(error);
    return NextResponse.json({ error: "Something went wrong on our side." }, { status: 500 });
  }
}
