import { decode } from "next-auth/jwt";

/**
 * Reads the next-auth session straight from its cookie. `auth()` runs next-auth's whole session
 * endpoint in-process for every call (a synthetic request, callbacks, a response), several
 * milliseconds of CPU; the attempt API is called on every answer, so it decrypts the cookie here
 * instead: the same key derivation, the same encryption check and expiry, nothing else.
 */

export const sessionCookieNames = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

interface CookieReader {
  get(name: string): { value: string } | undefined;
  getAll(): { name: string; value: string }[];
}

/** The cookie's value, rejoined when next-auth had to split a large session into numbered chunks. */
export function sessionCookieValue(cookies: CookieReader, name: string): string | undefined {
  const whole = cookies.get(name)?.value;
  if (whole) return whole;
  const chunks = cookies
    .getAll()
    .flatMap((cookie) => {
      const match = cookie.name.startsWith(`${name}.`) ? /^\d+$/.exec(cookie.name.slice(name.length + 1)) : null;
      return match ? [{ index: Number(match[0]), value: cookie.value }] : [];
    })
    .sort((a, b) => a.index - b.index);
  return chunks.length > 0 ? chunks.map((chunk) => chunk.value).join("") : undefined;
}

/**
 * Tokens already decrypted, by their exact text: a learner's page sends the same cookie with every
 * save, and deriving the key and decrypting cost more than the save itself. An entry is only ever
 * the result of a successful decryption of that very text under that secret, and it is dropped
 * once the token expires.
 */
const decrypted = new Map<string, { payload: Record<string, unknown>; expiresAtMs: number }>();
const maxDecrypted = 10_000;

/** The decrypted token, or null when there is none or it is not valid (tampered, expired, another secret). */
export async function readSessionToken(cookies: CookieReader, secret: string | undefined, now = Date.now()): Promise<Record<string, unknown> | null> {
  if (!secret) return null;
  for (const name of sessionCookieNames) {
    const value = sessionCookieValue(cookies, name);
    if (!value) continue;
    const key = `${name}\u0000${secret}\u0000${value}`;
    const known = decrypted.get(key);
    if (known && known.expiresAtMs > now) return known.payload;
    decrypted.delete(key);
    try {
      const payload = (await decode({ token: value, secret, salt: name })) ?? null;
      const exp = typeof payload?.exp === "number" ? payload.exp * 1000 : 0;
      if (!payload || exp <= now) return null;
      if (decrypted.size >= maxDecrypted) decrypted.delete(decrypted.keys().next().value!);
      decrypted.set(key, { payload, expiresAtMs: exp });
      return payload;
    } catch {
      return null;
    }
  }
  return null;
}
