import { describe, expect, it } from "vitest";
import { countWords, splitParagraphs } from "./paragraphs";

const rules = { furniture: ["Share this", "Next article"], inlineHeadings: ["WHY IT MATTERS"] };

describe("splitParagraphs", () => {
  it("drops headings, blank lines and furniture", () => {
    const text = "# Title\n## Part one\nFirst line.\n\nSecond line.\nShare this page\nNext article: other";
    expect(splitParagraphs(text, rules)).toEqual(["First line.", "Second line."]);
  });

  it("joins a line broken mid-sentence and splits at an inline heading", () => {
    const text = "The story starts here and\ncontinues on the next line. The end WHY IT MATTERS Because\nit does.";
    expect(splitParagraphs(text, rules)).toEqual(["The story starts here and continues on the next line. The end", "Because it does."]);
  });

  it("keeps a capitalised next line as its own paragraph", () => {
    expect(splitParagraphs("No full stop here\nBut this is new.", rules)).toEqual(["No full stop here", "But this is new."]);
  });
});

describe("countWords", () => {
  it("counts words, not punctuation", () => {
    expect(countWords("NATO’s 32 members — and 2% of GDP.")).toBe(7);
  });
});
