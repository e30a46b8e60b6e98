import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { readSessionToken, sessionCookieValue } from "./session-cookie";

const secret = "a-test-secret-that-is-long-enough-for-hkdf";
const jar = (entries: Record<string, string>) => ({
  get: (name: string) => (name in entries ? { value: entries[name]! } : undefined),
  getAll: () => Object.entries(entries).map(([name, value]) => ({ name, value })),
});

describe("session cookie", () => {
  it("decrypts the token next-auth wrote, under either cookie name", async () => {
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) {
      const token = await encode({ token: { uid: "u1", role: "student", sv: 3 }, secret, salt: name });
      expect(await readSessionToken(jar({ [name]: token }), secret)).toMatchObject({ uid: "u1", role: "student", sv: 3 });
    }
  });

  it("rejoins a session split into numbered chunks, in number order", async () => {
    const token = await encode({ token: { uid: "u2" }, secret, salt: "authjs.session-token" });
    const cut = Math.floor(token.length / 2);
    const cookies = jar({ "authjs.session-token.1": token.slice(cut), "authjs.session-token.0": token.slice(0, cut), other: "x" });
    expect(sessionCookieValue(cookies, "authjs.session-token")).toBe(token);
    expect(await readSessionToken(cookies, secret)).toMatchObject({ uid: "u2" });
  });

  it("remembers a decrypted token only until it expires", async () => {
    const token = await encode({ token: { uid: "u5" }, secret, salt: "authjs.session-token", maxAge: 60 });
    const cookies = jar({ "authjs.session-token": token });
    expect(await readSessionToken(cookies, secret)).toMatchObject({ uid: "u5" });
    expect(await readSessionToken(cookies, secret)).toMatchObject({ uid: "u5" });
    expect(await readSessionToken(cookies, "another-secret-another-secret-another")).toBeNull();
    expect(await readSessionToken(cookies, secret, Date.now() + 120_000)).toBeNull();
  });

  it("gives nothing for a missing, tampered, foreign or expired token", async () => {
    const token = await encode({ token: { uid: "u3" }, secret, salt: "authjs.session-token" });
    expect(await readSessionToken(jar({}), secret)).toBeNull();
    expect(await readSessionToken(jar({ "authjs.session-token": `${token.slice(0, -4)}AAAA` }), secret)).toBeNull();
    expect(await readSessionToken(jar({ "authjs.session-token": token }), "another-secret-another-secret-another")).toBeNull();
    expect(await readSessionToken(jar({ "authjs.session-token": token }), undefined)).toBeNull();
    const expired = await encode({ token: { uid: "u4" }, secret, salt: "authjs.session-token", maxAge: -60 });
    expect(await readSessionToken(jar({ "authjs.session-token": expired }), secret)).toBeNull();
  });
});
