import { describe, expect, it } from "vitest";
import { parseByline } from "./byline";

describe("parseByline", () => {
  it("reads author, date and drops the reading time", () => {
    expect(parseByline("By Jane Doe | 3 March 2025 | 6 min read")).toEqual({ author: "Jane Doe", date: "3 March 2025" });
    expect(parseByline("By Helena Brandt · 20 November 2025")).toEqual({ author: "Helena Brandt", date: "20 November 2025" });
  });

  it("reads an author alone, including joint authors", () => {
    expect(parseByline("By Priya Natarajan")).toEqual({ author: "Priya Natarajan" });
    expect(parseByline("Written by Ana Silva and Tom Berg")).toEqual({ author: "Ana Silva and Tom Berg" });
  });

  it("reads date lines in the usual forms", () => {
    expect(parseByline("Published 9 October 2025")).toEqual({ date: "9 October 2025" });
    expect(parseByline("Updated on March 4, 2024 at 10:32 GMT")).toEqual({ date: "March 4, 2024" });
    expect(parseByline("Tuesday, 2024-05-14")).toEqual({ date: "2024-05-14" });
  });

  it("leaves sentences that merely start with 'By' or mention a date", () => {
    expect(parseByline("By the end of 2025 most allies had met the target.")).toBeUndefined();
    expect(parseByline("On 4 April 1949 twelve states signed the treaty in Washington.")).toBeUndefined();
    expect(parseByline("The alliance at seventy-five")).toBeUndefined();
  });
});
