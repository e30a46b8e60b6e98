import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the password it hashed and rejects another", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
  });

  it("salts each hash", async () => {
    const [first, second] = await Promise.all([hashPassword("same"), hashPassword("same")]);
    expect(first).not.toBe(second);
  });

  it("rejects malformed or tampered hashes without throwing", async () => {
    const stored = await hashPassword("secret");
    expect(await verifyPassword("secret", "plain-text")).toBe(false);
    const parts = stored.split("$");
    // Change the key's first character: the last one carries padding bits that may not decode differently.
    parts[5] = (parts[5]!.startsWith("A") ? "B" : "A") + parts[5]!.slice(1);
    expect(await verifyPassword("secret", parts.join("$"))).toBe(false);
    expect(await verifyPassword("secret", stored.replace("scrypt", "md5"))).toBe(false);
  });

  it("keeps the cost stored with the hash, so older parameters still verify", async () => {
    const cheap = await hashPassword("load-test", 14);
    expect(cheap.split("$")[1]).toBe(String(2 ** 14));
    expect(await verifyPassword("load-test", cheap)).toBe(true);
  });
});
