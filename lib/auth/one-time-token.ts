import { createHash, randomBytes } from "node:crypto";

/**
 * A one-time link's secret: 32 random bytes, shown once in the link, kept only as its SHA-256
 * (a high-entropy secret needs no slow hash: guessing it is hopeless, and a leaked table holds
 * nothing that can be used).
 */
export function newOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashOneTimeToken(token) };
}

export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** What a link's token must look like before it is even looked up. */
export const oneTimeTokenPattern = /^[A-Za-z0-9_-]{43}$/;
