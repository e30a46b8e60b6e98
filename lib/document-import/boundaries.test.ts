import { describe, expect, it } from "vitest";
import { outlineOf, readBoundaries, sectionsOf, slugOf, suggestedTitle, uniqueSlug } from "./boundaries";

const sections = [
  { title: "Background", paragraphs: ["The alliance was founded in 1949.", "It had twelve members."] },
  { title: "Enlargement", paragraphs: ["Finland joined in 2023.", "Sweden followed in 2024."] },
];

describe("section boundaries", () => {
  it("round-trips sections through the outline", () => {
    expect(sectionsOf(outlineOf(sections))).toEqual(sections);
  });

  it("moves a boundary, merges and splits from the form's ticks, suggesting titles for new sections", () => {
    const { paragraphs } = outlineOf(sections);
    const moved = readBoundaries(paragraphs, { title: "NATO", "title-0": "Background", "start-3": "on", "title-3": "" });
    expect(moved.status === "ok" && sectionsOf(moved.outline)).toEqual([
      { title: "Background", paragraphs: paragraphs.slice(0, 3) },
      { title: "Sweden followed in 2024", paragraphs: paragraphs.slice(3) },
    ]);
    const merged = readBoundaries(paragraphs, { title: "NATO", "title-0": "" });
    expect(merged.status === "ok" && sectionsOf(merged.outline)).toEqual([{ title: "The alliance was founded in 1949", paragraphs }]);
  });

  it("asks for a document title and keeps titles to a readable length", () => {
    const result = readBoundaries(["One."], { title: " ", "title-0": "x".repeat(121) });
    expect(result).toEqual({ status: "invalid", fieldErrors: { title: ["Give the unit a title."], "title-0": [expect.stringContaining("120")] } });
  });

  it("makes slugs and keeps them unique", () => {
    expect(slugOf("Attribution & Response — Ålesund")).toBe("attribution-response-alesund");
    expect(slugOf("!!!")).toBe("section");
    expect(uniqueSlug("background", new Set(["background", "background-2"]))).toBe("background-3");
    expect(suggestedTitle("Deciding who is behind an intrusion takes weeks, sometimes months.")).toBe("Deciding who is behind an intrusion takes weeks");
  });
});
