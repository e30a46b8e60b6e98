import { describe, expect, it } from "vitest";
import { changeNameSchema, changePasswordSchema, resetPasswordSchema } from "./forms";

describe("account forms", () => {
  it("trims a new name and refuses an empty or overlong one", () => {
    expect(changeNameSchema.parse({ name: "  Grace Hopper " })).toEqual({ name: "Grace Hopper" });
    expect(changeNameSchema.safeParse({ name: "   " }).success).toBe(false);
    expect(changeNameSchema.safeParse({ name: "x".repeat(101) }).success).toBe(false);
  });

  it("applies the sign-up password rules and asks for the same password twice", () => {
    const fields = (input: Record<string, string>) => {
      const result = resetPasswordSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
    };
    expect(fields({ token: "t", password: "long-enough-1", confirmPassword: "long-enough-1" })).toEqual([]);
    expect(fields({ token: "t", password: "short", confirmPassword: "short" })).toEqual(["password"]);
    expect(fields({ token: "t", password: "long-enough-1", confirmPassword: "long-enough-2" })).toEqual(["confirmPassword"]);
  });

  it("requires the current password to change it", () => {
    const result = changePasswordSchema.safeParse({ currentPassword: "", password: "long-enough-1", confirmPassword: "long-enough-1" });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(["currentPassword"]);
  });
});
