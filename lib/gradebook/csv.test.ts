import { describe, expect, it } from "vitest";
import { csvCell, csvFileName, toCsv } from "./csv";

describe("csvCell", () => {
  it("leaves plain text and numbers as they are and writes nothing for a missing value", () => {
    expect(csvCell("Alice Adams")).toBe("Alice Adams");
    expect(csvCell(87.5)).toBe("87.5");
    expect(csvCell(-1)).toBe("-1");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("quotes fields with commas, quotes and line breaks, doubling the quotes", () => {
    expect(csvCell("Adams, Alice")).toBe('"Adams, Alice"');
    expect(csvCell('The "best" quiz')).toBe('"The ""best"" quiz"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\r\nlf")).toBe('"cr\r\nlf"');
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+33 6")).toBe("'+33 6");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell('=HYPERLINK("http://x", "y")')).toBe(`"'=HYPERLINK(""http://x"", ""y"")"`);
    expect(csvCell("a=b")).toBe("a=b");
  });
});

describe("toCsv", () => {
  it("joins fields with commas and ends every record with CRLF", () => {
    expect(toCsv([["Name", "Grade"], ["Bo", 50], ["Cy", null]])).toBe("Name,Grade\r\nBo,50\r\nCy,\r\n");
  });
});

describe("csvFileName", () => {
  it("keeps only characters safe in a header", () => {
    expect(csvFileName("nato-ukraine", "gradebook")).toBe("nato-ukraine-gradebook.csv");
    expect(csvFileName("Quiz: \"Week 1\"; é", "questions")).toBe("Quiz-Week-1-e-questions.csv");
    expect(csvFileName("///")).toBe("export.csv");
  });
});
