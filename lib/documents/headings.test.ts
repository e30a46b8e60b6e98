import { describe, expect, it } from "vitest";
import { cleanHeading, findAcronyms, headingCase, isCapitalsLine, isTitleLikeLine, splitInlineHeading } from "./headings";

const acronyms = new Set(["NATO", "EU"]);

describe("findAcronyms", () => {
  it("collects words in capitals that stand inside a sentence", () => {
    const found = findAcronyms(["Leaders of NATO met the EU team.", "BACKGROUND The story", "THE WASHINGTON SUMMIT"]);
    expect([...found].sort()).toEqual(["EU", "NATO"]);
  });
});

describe("isCapitalsLine", () => {
  it("accepts a heading in capitals and rejects text that is not one", () => {
    expect(isCapitalsLine("THE WASHINGTON SUMMIT")).toBe(true);
    expect(isCapitalsLine("BACKGROUND")).toBe(true);
    expect(isCapitalsLine("NATO", acronyms)).toBe(false);
    expect(isCapitalsLine("The Washington Summit")).toBe(false);
    expect(isCapitalsLine("STOP THE WAR NOW, THEY SHOUTED.")).toBe(false);
    expect(isCapitalsLine("2024")).toBe(false);
  });
});

describe("isTitleLikeLine", () => {
  it("accepts a short line that does not end like a sentence", () => {
    expect(isTitleLikeLine("The Vienna Document")).toBe(true);
    expect(isTitleLikeLine("Why does deterrence fail?")).toBe(true);
    expect(isTitleLikeLine("Allies met in Vilnius.")).toBe(false);
    expect(isTitleLikeLine("- a list item")).toBe(false);
    expect(isTitleLikeLine("a lower-case fragment")).toBe(false);
    expect(isTitleLikeLine("One two three four five six seven eight nine ten eleven")).toBe(false);
  });
});

describe("splitInlineHeading", () => {
  it("splits a run of capitals that opens a paragraph", () => {
    expect(splitInlineHeading("BACKGROUND The alliance was founded in 1949.", acronyms)).toEqual({ heading: "BACKGROUND", rest: "The alliance was founded in 1949." });
    expect(splitInlineHeading("WHY IT MATTERS: Because the summit failed.", acronyms)).toEqual({ heading: "WHY IT MATTERS", rest: "Because the summit failed." });
  });

  it("leaves acronyms and ordinary sentences alone", () => {
    expect(splitInlineHeading("NATO Secretary General spoke first.", acronyms)).toBeUndefined();
    expect(splitInlineHeading("A NATO Summit was held.", acronyms)).toBeUndefined();
    expect(splitInlineHeading("I think deterrence holds.", acronyms)).toBeUndefined();
    expect(splitInlineHeading("BACKGROUND", acronyms)).toBeUndefined();
  });
});

describe("headingCase", () => {
  it("title-cases capitals but keeps acronyms and numerals", () => {
    expect(headingCase("THE WASHINGTON SUMMIT")).toBe("The Washington Summit");
    expect(headingCase("NATO AND THE EU AFTER 2024:", acronyms)).toBe("NATO and the EU After 2024");
    expect(headingCase("PART II")).toBe("Part II");
    expect(headingCase("POST-COLD WAR ENLARGEMENT")).toBe("Post-Cold War Enlargement");
  });

  it("leaves mixed case as written", () => {
    expect(headingCase("Grey zones and the EU")).toBe("Grey zones and the EU");
    expect(cleanHeading("  Key findings:  ")).toBe("Key findings");
  });
});
