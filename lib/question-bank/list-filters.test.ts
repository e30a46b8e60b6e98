import { describe, expect, it } from "vitest";
import { bankQuery, excerpt, likePattern, readBankFilters } from "./list-filters";

describe("the question bank's list filters", () => {
  it("reads what it understands from the URL and drops the rest", () => {
    expect(readBankFilters({ q: "  article 5 ", type: "essay", difficulty: "2", status: "retired", flagged: "1", page: "3", tag: "treaty", lesson: "7c9e6679-7425-40de-944b-e07fc1f90ae7" })).toEqual({
      q: "article 5",
      type: "essay",
      difficulty: "2",
      status: "retired",
      flagged: true,
      page: 3,
      tag: "treaty",
      lesson: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    });
    expect(readBankFilters({ type: "cloze", difficulty: "9", status: "gone", flagged: "yes", page: "-2", lesson: "x", q: ["first", "second"] })).toEqual({
      q: "first",
      type: "",
      difficulty: "",
      status: "active",
      flagged: false,
      page: 1,
      tag: "",
      lesson: "",
    });
  });

  it("writes the filters back without defaults, so links stay short", () => {
    const filters = readBankFilters({ q: "nato", status: "all", page: "4" });
    expect(bankQuery(filters).toString()).toBe("q=nato&status=all");
    expect(bankQuery(filters, { page: 2 }).toString()).toBe("q=nato&status=all&page=2");
    expect(bankQuery(readBankFilters({})).toString()).toBe("");
  });

  it("searches for wildcards literally and cuts long stems at a word", () => {
    expect(likePattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
    expect(excerpt("short  stem\n")).toBe("short stem");
    expect(excerpt(`${"word ".repeat(40)}end`, 22)).toBe("word word word word…");
  });
});
