import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/db/seed";
import { throttlePolicy } from "@/lib/auth/throttle";
import { openFreshDatabase } from "@/tests/integration/fresh-database";
import { authenticate } from "./authenticate";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
beforeAll(async () => {
  database = await openFreshDatabase();
  await seedDemo({ db: database.db, password: "right-password-1" });
});
afterAll(() => database?.close());

describe("authenticate", () => {
  it("accepts the right password, with the email in any case", async () => {
    const result = await authenticate({ db: database.db, email: " Student2@Rampart.TEST ", password: "right-password-1" });
    expect(result).toMatchObject({ ok: true, user: { email: "student2@rampart.test", role: "student" } });
  });

  it("fails a wrong password, an unknown email and a malformed email the same way", async () => {
    for (const email of ["student2@rampart.test", "nobody@rampart.test", "not-an-email"]) {
      expect(await authenticate({ db: database.db, email, password: "wrong-password" })).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it(`throttles an account after ${throttlePolicy.maxFailures} failures, even with the right password, from any address`, async () => {
    const email = "student1@rampart.test";
    for (let i = 0; i < throttlePolicy.maxFailures; i++) {
      const result = await authenticate({ db: database.db, email, password: "nope", clientAddress: `10.0.0.${i}` });
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authenticate({ db: database.db, email, password: "right-password-1", clientAddress: "10.9.9.9" })).toEqual({ ok: false, reason: "throttled" });
    const later = new Date(Date.now() + (throttlePolicy.windowMinutes + 1) * 60_000);
    expect(await authenticate({ db: database.db, email, password: "right-password-1", now: later })).toMatchObject({ ok: true });
  });

  it("throttles one address trying many accounts", async () => {
    for (let i = 0; i < throttlePolicy.maxFailures; i++) {
      await authenticate({ db: database.db, email: `guess${i}@rampart.test`, password: "x", clientAddress: "198.51.100.7" });
    }
    expect(await authenticate({ db: database.db, email: "instructor@rampart.test", password: "right-password-1", clientAddress: "198.51.100.7" })).toEqual({
      ok: false,
      reason: "throttled",
    });
    expect(await authenticate({ db: database.db, email: "instructor@rampart.test", password: "right-password-1", clientAddress: "198.51.100.8" })).toMatchObject({
      ok: true,
    });
  });
});
