import { getUserByEmail, countRecentFailures, recordSignInAttempt } from "@/db/queries/users";
import type { Database } from "@/db/client";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { isThrottled, throttleKeys, throttleWindowStart, throttlePolicy } from "@/lib/auth/throttle";
import { emailSchema } from "@/lib/auth/credentials";

export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string; role: "student" | "instructor" | "admin"; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks an email and password. Unknown emails, malformed emails and wrong passwords all fail
 * the same way and take the same time; failures are counted per account and per address in the
 * database, so the limit holds across server processes and restarts.
 */
export async function authenticate({
  db,
  email,
  password,
  clientAddress,
  now = new Date(),
}: {
  db: Database;
  email: string;
  password: string;
  clientAddress?: string;
  now?: Date;
}): Promise<AuthenticationResult> {
  const keys = throttleKeys(email, clientAddress);
  if (isThrottled(await countRecentFailures({ db, keys, since: throttleWindowStart(now) }))) {
    return { ok: false, reason: "throttled" };
  }
  const parsed = emailSchema.safeParse(email);
  const user = parsed.success ? await getUserByEmail({ db, email: parsed.data }) : undefined;
  const valid =
    user?.passwordHash && user.status === "active"
      ? await verifyPassword(password, user.passwordHash)
      : await verifyAgainstDummy(password);
  await recordSignInAttempt({ db, keys, succeeded: valid });
  if (!valid || !user) return { ok: false, reason: "invalid" };
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}

export const throttledMessage = `Too many sign-in attempts. Wait ${throttlePolicy.windowMinutes} minutes and try again.`;
