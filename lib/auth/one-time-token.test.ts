import { describe, expect, it } from "vitest";
import { hashOneTimeToken, newOneTimeToken, oneTimeTokenPattern } from "./one-time-token";

describe("one-time tokens", () => {
  it("are random, URL-safe, and stored only as a hash", () => {
    const first = newOneTimeToken();
    const second = newOneTimeToken();
    expect(first.token).toMatch(oneTimeTokenPattern);
    expect(first.token).not.toBe(second.token);
    expect(first.tokenHash).toBe(hashOneTimeToken(first.token));
    expect(first.tokenHash).not.toContain(first.token);
  });
});
