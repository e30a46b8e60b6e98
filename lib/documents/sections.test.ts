import { describe, expect, it } from "vitest";
import { buildSections, chooseTitle } from "./sections";
import type { FlatBlock } from "./types";

const h = (level: number, text: string): FlatBlock => ({ kind: "heading", level, text });
const p = (text: string): FlatBlock => ({ kind: "paragraph", text });

describe("chooseTitle", () => {
  it("prefers the first level-1 heading and removes it from the body", () => {
    expect(chooseTitle([p("Intro."), h(1, "Real Title"), p("Body.")], "Page title")).toEqual({ title: "Real Title", body: [p("Intro."), p("Body.")] });
  });

  it("uses the hint next, dropping a first heading that repeats it", () => {
    expect(chooseTitle([h(2, "page title"), p("Body.")], "Page Title").body).toEqual([p("Body.")]);
  });

  it("uses a short first line, then the file name, then says there is none", () => {
    expect(chooseTitle([p("A Short Title"), p("Body.")]).title).toBe("A Short Title");
    const fromFile = chooseTitle([p("A full sentence that starts the body.")], undefined, "uploads/nato_at-75.txt");
    expect(fromFile.title).toBe("Nato at 75");
    expect(fromFile.warning).toMatch(/file name/);
    expect(chooseTitle([p("A full sentence.")]).title).toBe("Untitled document");
  });
});

describe("buildSections", () => {
  it("opens a section at each heading, with text before the first as an introduction", () => {
    const { sections } = buildSections([p("Intro."), h(2, "One"), p("a"), h(3, "Two:"), p("b"), h(4, "Minor"), p("c")], "markdown", "T");
    expect(sections.map((section) => [section.title, section.paragraphs])).toEqual([
      ["Introduction", ["Intro."]],
      ["One", ["a"]],
      ["Two", ["b", "Minor", "c"]],
    ]);
  });

  it("counts h4 as a section in HTML", () => {
    expect(buildSections([h(4, "Deep"), p("x")], "html", "T").sections[0]?.title).toBe("Deep");
  });

  it("leaves out an empty heading with a warning, and warns about a very long section", () => {
    const long = p("word ".repeat(800));
    const { sections, warnings } = buildSections([h(2, "Empty"), h(2, "Long"), long], "markdown", "T");
    expect(sections.map((section) => section.title)).toEqual(["Long"]);
    expect(warnings).toEqual([expect.stringMatching(/“Empty” had no text/), expect.stringMatching(/“Long” has 800 words/)]);
  });

  it("divides text without headings by topic and says so", () => {
    const topic = (words: string) => p(`${words} `.repeat(45).trim() + ".");
    const blocks = [topic("warhead missile"), topic("missile silo"), topic("warhead silo"), topic("malware network"), topic("network server"), topic("malware server")];
    const { sections, warnings } = buildSections(blocks, "text", "T");
    expect(sections.map((section) => section.paragraphs.length)).toEqual([3, 3]);
    expect(sections.every((section) => section.generated)).toBe(true);
    expect(sections[0]?.title).toMatch(/^Part 1: /);
    expect(warnings[0]).toMatch(/no headings/);
  });

  it("keeps a short text without headings as one section named after the document", () => {
    expect(buildSections([p("Only a little text.")], "text", "Doc").sections).toEqual([{ title: "Doc", paragraphs: ["Only a little text."], generated: true }]);
  });
});
