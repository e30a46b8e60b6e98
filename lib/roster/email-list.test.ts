import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { InviteListError, inviteLimits, parseCsvList, parsePastedList } from "./email-list";

describe("parsePastedList", () => {
  it("reads addresses one per line, or separated by commas and semicolons, lower-cased", () => {
    const list = parsePastedList("Ann@Example.org\nbob@example.org, carl@example.org; dora@example.org\n\n");
    expect(list.invitees.map((row) => [row.line, row.email])).toEqual([
      [1, "ann@example.org"],
      [2, "bob@example.org"],
      [2, "carl@example.org"],
      [2, "dora@example.org"],
    ]);
    expect(list.problems).toEqual([]);
  });

  it("takes names from “Name <address>” and from a name beside the address", () => {
    const list = parsePastedList('"Ann Archer" <ann@example.org>\nBob Baker, bob@example.org\nCarl Cole\tcarl@example.org\n<dora@example.org>');
    expect(list.invitees.map((row) => [row.email, row.name])).toEqual([
      ["ann@example.org", "Ann Archer"],
      ["bob@example.org", "Bob Baker"],
      ["carl@example.org", "Carl Cole"],
      ["dora@example.org", null],
    ]);
  });

  it("reports invalid addresses and repeats with their line, keeping the first occurrence", () => {
    const list = parsePastedList("ann@example.org\nnot-an-address\nANN@example.org\nbob@example");
    expect(list.invitees.map((row) => row.email)).toEqual(["ann@example.org"]);
    expect(list.problems).toEqual([
      { line: 2, text: "not-an-address", reason: "invalid" },
      { line: 3, text: "ANN@example.org", reason: "duplicate" },
      { line: 4, text: "bob@example", reason: "invalid" },
    ]);
  });

  it("refuses more rows or bytes than the limits with a clear message", () => {
    const many = Array.from({ length: inviteLimits.rows + 1 }, (_, i) => `p${i}@example.org`).join("\n");
    expect(() => parsePastedList(many)).toThrow(new InviteListError(`The list has ${inviteLimits.rows + 1} addresses; at most ${inviteLimits.rows} can be invited at once. Split it into smaller lists.`));
    expect(() => parsePastedList("x".repeat(inviteLimits.bytes + 1))).toThrow(/larger than 100 KB/);
  });
});

describe("parseCsv", () => {
  it("handles a BOM, quotes with doubled quotes and line breaks, CRLF and blank lines", () => {
    const records = parseCsv('\uFEFFname,email\r\n"Archer, Ann ""A""",ann@example.org\r\n\r\n"Two\nlines",b@example.org\n');
    expect(records).toEqual([
      { line: 1, cells: ["name", "email"] },
      { line: 2, cells: ['Archer, Ann "A"', "ann@example.org"] },
      { line: 4, cells: ["Two\nlines", "b@example.org"] },
    ]);
  });

  it("detects semicolons and tabs as separators", () => {
    expect(parseCsv("a;b\n1;2")[1]!.cells).toEqual(["1", "2"]);
    expect(parseCsv("a\tb\n1\t2")[1]!.cells).toEqual(["1", "2"]);
  });
});

describe("parseCsvList", () => {
  it("finds the email column by its header, wherever it is, with an optional name column", () => {
    const list = parseCsvList("Student ID,Name,E-mail\n17,Ann Archer,ann@example.org\n18,,bob@example.org\n19,Carl,nope\n20,Dup,ANN@example.org\n");
    expect(list.invitees).toEqual([
      { line: 2, email: "ann@example.org", name: "Ann Archer" },
      { line: 3, email: "bob@example.org", name: null },
    ]);
    expect(list.problems).toEqual([
      { line: 4, text: "nope", reason: "invalid" },
      { line: 5, text: "ANN@example.org", reason: "duplicate" },
    ]);
  });

  it("joins first and last name columns", () => {
    const list = parseCsvList("First name;Last name;Email address\nAnn;Archer;ann@example.org");
    expect(list.invitees).toEqual([{ line: 2, email: "ann@example.org", name: "Ann Archer" }]);
  });

  it("reads a file without a header row by finding the column that holds addresses", () => {
    const list = parseCsvList("Ann Archer,ann@example.org\nBob Baker,bob@example.org");
    expect(list.invitees.map((row) => [row.line, row.email])).toEqual([
      [1, "ann@example.org"],
      [2, "bob@example.org"],
    ]);
  });

  it("reports an empty cell in the email column as invalid, quoting the row", () => {
    expect(parseCsvList("email,name\n,Ann").problems).toEqual([{ line: 2, text: ", Ann", reason: "invalid" }]);
  });

  it("says so when no column holds addresses, and when the file is too long", () => {
    expect(() => parseCsvList("id,score\n1,2")).toThrow(/No email column/);
    const rows = Array.from({ length: inviteLimits.rows + 1 }, (_, i) => `p${i}@example.org`).join("\n");
    expect(() => parseCsvList(`email\n${rows}`)).toThrow(/at most 500/);
    expect(parseCsvList("")).toEqual({ invitees: [], problems: [] });
  });
});
