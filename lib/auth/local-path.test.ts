import { describe, expect, it } from "vitest";
import { localPathOrNull, signInRedirectUrl } from "./local-path";

describe("localPathOrNull", () => {
  it("keeps a path on this site, with its query", () => {
    expect(localPathOrNull("/admin/audit?user=1")).toBe("/admin/audit?user=1");
    expect(localPathOrNull("/")).toBe("/");
  });

  it("refuses anything a browser would send to another host, and nothing at all", () => {
    for (const value of ["//evil.example", "/\\evil.example", "https://evil.example/x", "evil.example", "/\t/evil.example", "", null, undefined]) {
      expect(localPathOrNull(value)).toBeNull();
    }
  });
});

describe("signInRedirectUrl", () => {
  it("carries only the way back, as a path, not the requested page's own query", () => {
    const url = signInRedirectUrl(new URL("http://127.0.0.1:3000/admin/audit?user=abc&page=2"));
    expect(url.origin).toBe("http://127.0.0.1:3000");
    expect(url.pathname).toBe("/signin");
    expect([...url.searchParams]).toEqual([["callbackUrl", "/admin/audit?user=abc&page=2"]]);
    expect(localPathOrNull(url.searchParams.get("callbackUrl"))).toBe("/admin/audit?user=abc&page=2");
  });
});
