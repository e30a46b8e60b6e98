import { describe, expect, it } from "vitest";
import { courseSlugSchema, createAccountSchema, likePattern, userFilterQuery, userFilterSchema } from "./forms";

describe("admin forms", () => {
  it("accepts a readable course URL name and lower-cases it", () => {
    expect(courseSlugSchema.parse(" Intro-To-Deterrence ")).toBe("intro-to-deterrence");
    for (const bad of ["ab", "two  words", "-edge", "edge-", "double--hyphen", "ümlaut", "a".repeat(61)]) {
      expect(courseSlugSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("requires a name, a valid email and a known role for a new account", () => {
    expect(createAccountSchema.parse({ name: " Ada ", email: "Ada@Example.ORG", role: "instructor" })).toEqual({ name: "Ada", email: "ada@example.org", role: "instructor" });
    const refused = createAccountSchema.safeParse({ name: "", email: "nope", role: "superuser" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["email", "name", "role"]);
  });

  it("reads the users list's query string forgivingly and writes it back without defaults", () => {
    expect(userFilterSchema.parse({})).toEqual({ q: "", page: 1 });
    expect(userFilterSchema.parse({ q: " ada ", role: "admin", status: "bogus", page: "-3" })).toEqual({ q: "ada", role: "admin", status: undefined, page: 1 });
    expect(userFilterQuery({ q: "a b", role: "student", page: 1 })).toBe("?q=a+b&role=student");
    expect(userFilterQuery({ status: "pending", page: 3 })).toBe("?status=pending&page=3");
    expect(userFilterQuery({})).toBe("");
  });

  it("makes LIKE wildcards in a search literal", () => {
    expect(likePattern("a_b%c\\")).toBe("%a\\_b\\%c\\\\%");
  });
});
