import { describe, expect, it } from "vitest";
import { joinLines } from "./join-lines";
import { promoteHeadings } from "./promote-headings";
import { parseText } from "./text-source";
import type { Block } from "./types";

const outline = (blocks: readonly Block[]) =>
  joinLines(blocks).map((block) => (block.kind === "heading" ? `# ${block.text}` : block.text));

describe("promoteHeadings in plain text", () => {
  it("promotes a line in capitals, title-casing it but keeping the document's acronyms", () => {
    const text = "THE WASHINGTON SUMMIT AND NATO\n\nLeaders of NATO met in Washington.";
    expect(outline(promoteHeadings(parseText(text).blocks, "text"))).toEqual(["# The Washington Summit and NATO", "Leaders of NATO met in Washington."]);
  });

  it("promotes a capitals line inside a block of one-per-line paragraphs", () => {
    const text = "First paragraph ends here.\nTHE SECOND PART\nIt starts here.";
    expect(outline(promoteHeadings(parseText(text).blocks, "text"))).toEqual(["First paragraph ends here.", "# The Second Part", "It starts here."]);
  });

  it("promotes a heading written as the last line of a block, before a blank line", () => {
    const text = "The first part ends.\nTHE NEXT PART\n\nIt goes on.\nOpen skies\n\nA treaty allowed flights.";
    expect(outline(promoteHeadings(parseText(text).blocks, "text"))).toEqual(["The first part ends.", "# The Next Part", "It goes on.", "# Open skies", "A treaty allowed flights."]);
  });

  it("promotes a short line between paragraphs written one per line, but not in wrapped prose", () => {
    const onePerLine = "The summit ended.\nRegional plans\nEach plan assigns forces.\nThey must arrive quickly.";
    expect(outline(promoteHeadings(parseText(onePerLine).blocks, "text"))).toEqual(["The summit ended.", "# Regional plans", "Each plan assigns forces.", "They must arrive quickly."]);
    const wrapped = "The summit in Vilnius ended with a long communique that\nlisted decisions. Regional plans\nwere among them and assigned forces to areas of the\nalliance for the first time.";
    expect(outline(promoteHeadings(parseText(wrapped).blocks, "text"))).toHaveLength(1);
  });

  it("promotes a short title-like line that stands alone before text", () => {
    const text = "Open skies\n\nA treaty allowed observation flights.";
    expect(outline(promoteHeadings(parseText(text).blocks, "text"))).toEqual(["# Open skies", "A treaty allowed observation flights."]);
  });

  it("splits an inline run of capitals from its paragraph", () => {
    const text = "BACKGROUND The alliance was founded in 1949.\nIt grew.";
    expect(outline(promoteHeadings(parseText(text).blocks, "text"))).toEqual(["# Background", "The alliance was founded in 1949.", "It grew."]);
  });

  it("leaves a short last line and list items as text", () => {
    const text = "Some text here.\n\n- Item One\n\nThe End";
    expect(outline(promoteHeadings(parseText(text).blocks, "text"))).toEqual(["Some text here.", "Item One", "The End"]);
  });
});

describe("promoteHeadings in Markdown and HTML", () => {
  it("promotes capitals and inline runs but not short mixed-case lines", () => {
    const blocks: Block[] = [
      { kind: "lines", lines: ["Short line"], join: "always" },
      { kind: "lines", lines: ["WHY IT MATTERS"], join: "always" },
      { kind: "lines", lines: ["OUTLOOK The next summit will decide."], join: "always" },
    ];
    expect(outline(promoteHeadings(blocks, "html"))).toEqual(["Short line", "# Why It Matters", "# Outlook", "The next summit will decide."]);
  });
});

describe("parseText", () => {
  it("separates blocks at blank lines and list items", () => {
    expect(parseText("One\ntwo\n\n\n• bullet\n3) numbered\nThree").blocks).toEqual([
      { kind: "lines", lines: ["One", "two"], join: "auto" },
      { kind: "lines", lines: ["bullet"], item: true, join: "always" },
      { kind: "lines", lines: ["numbered"], item: true, join: "always" },
      { kind: "lines", lines: ["Three"], join: "auto" },
    ]);
  });
});
