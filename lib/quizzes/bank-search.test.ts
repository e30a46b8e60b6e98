import { describe, expect, it } from "vitest";
import { quizBankSearchSchema } from "./bank-search";

describe("quizBankSearchSchema", () => {
  it("fills blanks and reads the page", () => {
    expect(quizBankSearchSchema.parse({ course: "intl-law", q: "  force ", page: "2" })).toEqual({ course: "intl-law", q: "force", lesson: "", type: "", tag: "", difficulty: "", page: 2 });
  });

  it("refuses values no control of the picker can send, with a message", () => {
    const result = quizBankSearchSchema.safeParse({ course: "intl-law", type: "poem", lesson: "x", page: 0 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(expect.arrayContaining(["type", "lesson", "page"]));
    expect(quizBankSearchSchema.safeParse({ course: "../etc" }).success).toBe(false);
  });
});
