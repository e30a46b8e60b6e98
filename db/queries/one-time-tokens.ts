import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { oneTimeTokens } from "../schema";
import type { Tx } from "./attempts";

/** One-time links (password resets, invitations), stored only as a hash of the token. */

export type TokenPurpose = (typeof oneTimeTokens.$inferSelect)["purpose"];

export async function insertOneTimeToken({ db, token }: { db: Database | Tx; token: typeof oneTimeTokens.$inferInsert }) {
  const [row] = await db.insert(oneTimeTokens).values(token).returning({ id: oneTimeTokens.id, expiresAt: oneTimeTokens.expiresAt });
  return row!;
}

/** The token if it is unused and unexpired, without using it (to show the form it opens). */
export async function findUsableToken({ db, tokenHash, purpose, now }: { db: Database | Tx; tokenHash: string; purpose: TokenPurpose; now: Date }) {
  const [row] = await db
    .select()
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.tokenHash, tokenHash), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt), gt(oneTimeTokens.expiresAt, now)))
    .limit(1);
  return row;
}

/** Marks the token used if it still can be, in one statement, so two uses at once cannot both succeed. */
export async function consumeToken({ tx, tokenHash, purpose, now }: { tx: Tx; tokenHash: string; purpose: TokenPurpose; now: Date }) {
  const [row] = await tx
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(and(eq(oneTimeTokens.tokenHash, tokenHash), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt), gt(oneTimeTokens.expiresAt, now)))
    .returning({ id: oneTimeTokens.id, userId: oneTimeTokens.userId });
  return row;
}

/** Older links for the same user and purpose stop working when a new one is issued. */
export async function expireTokensOf({ db, userId, purpose, now }: { db: Database | Tx; userId: string; purpose: TokenPurpose; now: Date }) {
  await db
    .update(oneTimeTokens)
    // postgres.js cannot send a bare Date inside raw SQL (PGlite can): pass it as text, typed.
    .set({ expiresAt: sql`least(${oneTimeTokens.expiresAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)));
}
