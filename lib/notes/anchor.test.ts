import { describe, expect, it } from "vitest";
import { anchorFrom, locateQuote, paragraphExcerpt } from "./anchor";

const text = "The alliance reacted. Later the alliance planned ahead, and the Alliance  grew.";

describe("locateQuote", () => {
  it("uses the stored offsets while the text there still matches", () => {
    const start = text.indexOf("alliance planned");
    expect(locateQuote(text, { start, end: start + 16, quote: "alliance planned" })).toEqual({ start, end: start + 16 });
  });

  it("finds the quote again when the paragraph changed, preferring the occurrence nearest the old offset", () => {
    const second = text.indexOf("alliance", 10);
    expect(locateQuote(text, { start: second + 3, end: second + 11, quote: "alliance" })).toEqual({ start: second, end: second + 8 });
    expect(locateQuote(text, { start: 0, end: 0, quote: "alliance" })).toEqual({ start: 4, end: 12 });
  });

  it("tolerates different whitespace and case when the exact text is gone", () => {
    const found = locateQuote(text, { start: 0, end: 0, quote: "the alliance grew" });
    expect(found && text.slice(found.start, found.end)).toBe("the Alliance  grew");
  });

  it("gives up on a quote that is no longer there, and on an empty quote", () => {
    expect(locateQuote(text, { start: 0, end: 5, quote: "the treaty" })).toBeNull();
    expect(locateQuote(text, { start: 0, end: 0, quote: "  " })).toBeNull();
  });

  it("treats regular-expression characters in a quote as text", () => {
    expect(locateQuote("costs (and gains) rose", { start: 0, end: 0, quote: "(and gains)" })).toEqual({ start: 6, end: 17 });
  });
});

describe("anchorFrom", () => {
  it("keeps offsets only with a quote", () => {
    expect(anchorFrom({ paragraph: 2, start: 4, end: 9, quote: "hello" })).toEqual({ paragraph: 2, start: 4, end: 9, quote: "hello" });
    expect(anchorFrom({ paragraph: 2, start: 4, end: 9, quote: "" })).toEqual({ paragraph: 2, start: 0, end: 0, quote: "" });
    expect(anchorFrom({ paragraph: 3, quote: "typed" })).toEqual({ paragraph: 3, start: 0, end: 0, quote: "typed" });
  });
});

describe("paragraphExcerpt", () => {
  it("shortens long paragraphs to their first words", () => {
    expect(paragraphExcerpt("  one two\nthree  ", 8)).toBe("one two three");
    expect(paragraphExcerpt("a b c d e f g h i j", 4)).toBe("a b c d…");
  });
});
