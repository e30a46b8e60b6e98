import { and, count, eq, gt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { signInAttempts, users, type NewUser } from "../schema";

export async function getUserById({ db, id }: { db: Database; id: string }) {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}

export async function getUserByEmail({ db, email }: { db: Database; email: string }) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return user;
}

/** Returns undefined when the email is taken (case-insensitively). */
export async function createUser({ db, user }: { db: Database; user: NewUser }) {
  const [created] = await db
    .insert(users)
    .values({ ...user, email: user.email.toLowerCase() })
    .onConflictDoNothing()
    .returning();
  return created;
}

export async function countRecentFailures({ db, keys, since }: { db: Database; keys: string[]; since: Date }) {
  const counts = await Promise.all(
    keys.map(async (key) => {
      // Failures after the last success: a correct sign-in clears the slate for that key.
      const [row] = await db
        .select({ failures: count() })
        .from(signInAttempts)
        .where(
          and(
            eq(signInAttempts.throttleKey, key),
            eq(signInAttempts.succeeded, false),
            gt(signInAttempts.attemptedAt, since),
            sql`${signInAttempts.attemptedAt} > coalesce((select max(s.attempted_at) from sign_in_attempts s where s.throttle_key = ${key} and s.succeeded), '-infinity')`,
          ),
        );
      return row?.failures ?? 0;
    }),
  );
  return Math.max(0, ...counts);
}

export async function recordSignInAttempt({ db, keys, succeeded }: { db: Database; keys: string[]; succeeded: boolean }) {
  if (keys.length === 0) return;
  await db.insert(signInAttempts).values(keys.map((throttleKey) => ({ throttleKey, succeeded })));
}
