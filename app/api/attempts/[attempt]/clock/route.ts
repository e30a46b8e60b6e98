import { NextResponse } from "next/server";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { readAttemptClock } from "@/server/attempts/clock";
import { guardRoute } from "../../../../lib/route-guard";

// Read per request: a cached deadline would hide an extension from the countdown.
export const dynamic = "force-dynamic";

/** The attempt's deadline now, for its owner's countdown. */
export async function GET(_request: Request, { params }: { params: Promise<{ attempt: string }> }) {
  return guardRoute(async () => {
    // The service signs the caller in first and reads any id that is not a uuid as "not found".
    const clock = await readAttemptClock({ db: await getDb(), guards, attemptId: (await params).attempt });
    return NextResponse.json(clock, { headers: { "cache-control": "no-store, private" } });
  });
}
