import { describe, expect, it } from "vitest";
import { auditChanges, isSecretKey } from "./audit-changes";
import { auditActionLabel } from "./audit-labels";

describe("auditActionLabel", () => {
  it("reads the codes of every writer in words", () => {
    expect(auditActionLabel("user.deactivate")).toBe("Account deactivated");
    expect(auditActionLabel("user.create")).toBe("Account created");
    expect(auditActionLabel("quiz_duplicated")).toBe("Quiz duplicated");
    expect(auditActionLabel("attempt_deadline_extended")).toBe("Attempt deadline extended");
    expect(auditActionLabel("accommodation_saved")).toBe("Accommodation saved");
    expect(auditActionLabel("grade")).toBe("Answer graded");
    expect(auditActionLabel("override")).toBe("Automatic mark overridden");
    expect(auditActionLabel("regrade")).toBe("Answer regraded");
  });

  it("shows an unknown code as it is, and is not fooled by inherited names", () => {
    expect(auditActionLabel("badge.awarded")).toBe("badge.awarded");
    expect(auditActionLabel("constructor")).toBe("constructor");
    expect(auditActionLabel("toString")).toBe("toString");
  });
});

describe("isSecretKey", () => {
  it("drops keys that name a password, hash, token or secret, in any case style", () => {
    for (const key of ["password", "passwordHash", "password_hash", "tokenHash", "token", "resetToken", "AUTH_SECRET", "clientSecret", "salt", "apiKey", "private_key", "sessionCookie"]) {
      expect(isSecretKey(key), key).toBe(true);
    }
  });

  it("keeps ordinary fields, including a question's answer key", () => {
    for (const key of ["status", "mark", "attemptSum", "email", "key", "keyboard", "hashtagCount", "tokenizer", "joinCode", "expiresAt"]) {
      expect(isSecretKey(key), key).toBe(false);
    }
  });
});

describe("auditChanges", () => {
  it("lists the fields that changed, leaving the unchanged ones out", () => {
    expect(auditChanges({ status: "active", name: "Dana" }, { status: "deactivated", name: "Dana" })).toEqual([{ field: "status", before: "active", after: "deactivated" }]);
  });

  it("shows a created entry's fields against nothing, and a removed one's against nothing after", () => {
    expect(auditChanges(null, { title: "Copy of Quiz", slots: 3 })).toEqual([
      { field: "title", before: null, after: "Copy of Quiz" },
      { field: "slots", before: null, after: "3" },
    ]);
    expect(auditChanges({ extraMinutes: 10 }, null)).toEqual([{ field: "extra minutes", before: "10", after: null }]);
    expect(auditChanges(null, null)).toEqual([]);
  });

  it("never shows a secret, at the top level or inside a nested value", () => {
    const changes = auditChanges(
      { passwordHash: "scrypt$abc", status: "pending" },
      { passwordHash: "scrypt$def", status: "active", link: { token: "t0ps3cret", expiresAt: "2026-01-01" }, tokenHash: "ff00" },
    );
    expect(changes).toEqual([
      { field: "status", before: "pending", after: "active" },
      { field: "link", before: null, after: '{"expiresAt":"2026-01-01"}' },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/scrypt|t0ps3cret|ff00/);
  });

  it("writes numbers, booleans and structures compactly and cuts long values short", () => {
    const [mark, dropped, key, stem] = auditChanges({ mark: 1, dropped: false, key: ["a"] }, { mark: 2.5, dropped: true, key: ["b", "c"], stem: "x".repeat(500) });
    expect(mark).toEqual({ field: "mark", before: "1", after: "2.5" });
    expect(dropped).toEqual({ field: "dropped", before: "false", after: "true" });
    expect(key).toEqual({ field: "key", before: '["a"]', after: '["b","c"]' });
    expect(stem!.after).toHaveLength(120);
    expect(stem!.after!.endsWith("…")).toBe(true);
  });

  it("reads a side that is not an object as one value", () => {
    expect(auditChanges("old", "new")).toEqual([{ field: "value", before: "old", after: "new" }]);
  });
});
