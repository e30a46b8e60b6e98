import { describe, expect, it } from "vitest";
import { auditFilterProblems, auditFilterQuery, auditFilterSchema, auditTimeRange } from "./audit-filter";

const id = "7c0f6a44-5d1f-4c55-9d7e-2b0b7f3b9a10";

describe("auditFilterSchema", () => {
  it("reads an empty form as no filter, on page 1", () => {
    expect(auditFilterSchema.parse({ action: "", course: "", user: "", q: "", from: "", to: "" })).toEqual({});
    expect(auditFilterSchema.parse({})).toEqual({});
  });

  it("keeps valid values, trimmed", () => {
    expect(auditFilterSchema.parse({ action: "user.deactivate", user: id, q: "  late ", from: "2026-01-01", to: "2026-01-31", page: "3" })).toEqual({
      action: "user.deactivate",
      user: id,
      q: "late",
      from: "2026-01-01",
      to: "2026-01-31",
      page: 3,
    });
  });

  it("reports each wrong value in words instead of ignoring it", () => {
    const result = auditFilterSchema.safeParse({ user: "bob", course: "x", from: "31/01/2026", to: "2026-02-30", page: "0", q: ["a", "b"] });
    expect(result.success).toBe(false);
    const problems = auditFilterProblems(result.error!);
    expect(problems).toContain("Account: The account must be given by its id (a UUID).");
    expect(problems).toContain("Course: Choose a course from the list.");
    expect(problems).toContain("From: Write dates as year-month-day, like 2026-01-31.");
    expect(problems).toContain("To: That date does not exist.");
    expect(problems).toContain("Page: Pages start at 1.");
    expect(problems).toContain("Search: Give one search text.");
  });

  it("refuses a range that ends before it starts", () => {
    const result = auditFilterSchema.safeParse({ from: "2026-02-01", to: "2026-01-31" });
    expect(result.success).toBe(false);
    expect(auditFilterProblems(result.error!)).toEqual(["To: The start date must not be after the end date."]);
  });
});

describe("auditTimeRange", () => {
  it("covers whole UTC days, the last one included", () => {
    expect(auditTimeRange({ from: "2026-01-01", to: "2026-01-01" })).toEqual({ since: new Date("2026-01-01T00:00:00Z"), before: new Date("2026-01-02T00:00:00Z") });
    expect(auditTimeRange({})).toEqual({ since: undefined, before: undefined });
  });
});

describe("auditFilterQuery", () => {
  it("leaves defaults out and keeps the rest for the paging links", () => {
    expect(auditFilterQuery({})).toBe("");
    expect(auditFilterQuery({ page: 1 })).toBe("");
    expect(auditFilterQuery({ user: id, q: "a b", page: 2 })).toBe(`?user=${id}&q=a+b&page=2`);
  });
});
