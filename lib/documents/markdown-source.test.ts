import { describe, expect, it } from "vitest";
import { markdownInline } from "./markdown-inline";
import { parseMarkdown } from "./markdown-source";

describe("parseMarkdown", () => {
  it("reads ATX and setext headings, paragraphs and list items", () => {
    const { blocks } = parseMarkdown("# Title #\n\nIntro line one\nline two\n\nPart one\n========\n\nSub part\n--------\n- first\n- second\n  continued\n\n### Third level");
    expect(blocks).toEqual([
      { kind: "heading", level: 1, text: "Title" },
      { kind: "lines", lines: ["Intro line one", "line two"], item: undefined, join: "always" },
      { kind: "heading", level: 1, text: "Part one" },
      { kind: "heading", level: 2, text: "Sub part" },
      { kind: "lines", lines: ["first"], item: true, join: "always" },
      { kind: "lines", lines: ["second", "continued"], item: true, join: "always" },
      { kind: "heading", level: 3, text: "Third level" },
    ]);
  });

  it("reads a paragraph that is one short bold line as a heading", () => {
    const { blocks } = parseMarkdown("**Background**\n\nText with **bold** inside.\n\n**Not a heading** because more follows");
    expect(blocks.map((block) => block.kind)).toEqual(["heading", "lines", "lines"]);
    expect(blocks[0]).toEqual({ kind: "heading", level: 3, text: "Background" });
  });

  it("treats --- after a blank line as a break, not a heading", () => {
    const { blocks } = parseMarkdown("Before.\n\n---\n\nAfter.");
    expect(blocks.map((block) => block.kind)).toEqual(["lines", "lines"]);
  });

  it("keeps block quotes and fenced code as their own paragraphs", () => {
    const { blocks } = parseMarkdown("Text.\n> Quoted line\n> goes on\n\n```\ncode here\n```");
    expect(blocks).toHaveLength(3);
    expect(blocks[1]).toMatchObject({ lines: ["Quoted line", "goes on"] });
    expect(blocks[2]).toMatchObject({ lines: ["code here"] });
  });

  it("takes the title from front matter and drops reference definitions", () => {
    const parsed = parseMarkdown('---\ntitle: "Arms Control Primer"\nauthor: x\n---\nText [treaty][1].\n\n[1]: https://example.org');
    expect(parsed.titleHint).toBe("Arms Control Primer");
    expect(parsed.blocks).toEqual([{ kind: "lines", lines: ["Text treaty."], item: undefined, join: "always" }]);
  });

  it("removes raw script and style blocks with their content", () => {
    const { blocks } = parseMarkdown("Safe.\n\n<script>\nalert(1)\n</script>\n\n<style>p{}</style>\nAfter.");
    expect(JSON.stringify(blocks)).not.toMatch(/alert|p\{\}/);
  });
});

describe("markdownInline", () => {
  it("keeps link words, drops images, emphasis and code marks, decodes entities", () => {
    expect(markdownInline("A **bold** and _quiet_ [link](https://x.org/a_(b)) ![img](i.png) `code` &amp; \\*star\\*")).toBe("A bold and quiet link code & *star*");
  });

  it("drops the address of a javascript: link", () => {
    expect(markdownInline("[click](javascript:alert(1))")).toBe("click");
  });

  it("leaves snake_case words alone", () => {
    expect(markdownInline("the file my_file_name stays")).toBe("the file my_file_name stays");
  });
});
