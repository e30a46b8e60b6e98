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

/** The decrypted token, or null when there is none or it is not valid (tampered, expired, another secret). */
export async function readSessionToken(cookies: CookieReader, secret: string | undefined): Promise<Record<string, unknown> | null> {
  if (!secret) return null;
  for (const name of sessionCookieNames) {
    const value = sessionCookieValue(cookies, name);
    if (!value) continue;
    try {
      return (await decode({ token: value, secret, salt: name })) ?? null;
    } catch {
      return null;
    }
  }
  return null;
}
