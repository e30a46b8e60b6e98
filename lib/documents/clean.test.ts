import { describe, expect, it } from "vitest";
import { cleanBlocks } from "./clean";
import type { Block } from "./types";

const lines = (...text: string[]): Block => ({ kind: "lines", lines: text, join: "auto" });
const body = (words: number, seed = "deterrence") => Array.from({ length: words }, (_, i) => `${seed}${i}`).join(" ") + ".";

describe("cleanBlocks", () => {
  it("drops furniture lines inside a paragraph and lists them as removed", () => {
    const result = cleanBlocks([lines("The treaty was signed.", "Share this", "It entered into force later.", "Advertisement")]);
    expect(result.blocks).toEqual([lines("The treaty was signed.", "It entered into force later.")]);
    expect(result.removed).toEqual(["Share this", "Advertisement"]);
  });

  it("lifts the byline out of the head of the article", () => {
    const result = cleanBlocks([lines("The Alliance at Seventy-Five"), lines("By Jane Doe", "Published 3 March 2025"), lines(body(40))]);
    expect(result.byline).toEqual({ author: "Jane Doe", date: "3 March 2025" });
    expect(result.blocks).toHaveLength(2);
  });

  it("does not take a title that starts with 'By' for a byline", () => {
    const result = cleanBlocks([lines("By Land and Sea"), lines(body(40))]);
    expect(result.byline).toBeUndefined();
    expect(result.blocks).toHaveLength(2);
  });

  it("keeps a 'By …' line far down the body as text", () => {
    const result = cleanBlocks([lines(body(100)), lines("By Jane Doe")]);
    expect(result.byline).toBeUndefined();
    expect(result.blocks).toHaveLength(2);
  });

  it("drops a menu printed one item per line, as one entry", () => {
    const result = cleanBlocks([lines("Home", "Analysis", "Cyber", "Podcasts"), lines(body(30))]);
    expect(result.blocks).toHaveLength(1);
    expect(result.removed).toEqual(["Home · Analysis · Cyber · Podcasts"]);
  });

  it("keeps a run of short lines that is not a menu", () => {
    const result = cleanBlocks([lines("Denial", "Punishment", "Reassurance"), lines(body(30))]);
    expect(result.blocks).toHaveLength(2);
  });

  it("cuts everything after a comments marker in the second half, with a warning", () => {
    const result = cleanBlocks([lines(body(200)), lines("3 comments"), lines("Great article, I learned a lot from it."), lines("© 2025 Review")]);
    expect(result.blocks).toEqual([lines(body(200))]);
    expect(result.warnings[0]).toMatch(/“3 comments” to the end/);
  });

  it("drops only the marker line when it stands near the top", () => {
    const result = cleanBlocks([lines("Comments"), lines(body(200))]);
    expect(result.blocks).toEqual([lines(body(200))]);
    expect(result.warnings).toEqual([]);
  });

  it("removes a paragraph repeated word for word (a pull quote)", () => {
    const quote = "Deterrence is a promise that must be believed to work at all.";
    const result = cleanBlocks([lines(quote), lines(body(20)), lines(quote)]);
    expect(result.blocks).toEqual([lines(quote), lines(body(20))]);
  });

  it("drops furniture headings", () => {
    const result = cleanBlocks([{ kind: "heading", level: 2, text: "Share this article" }, lines(body(10))]);
    expect(result.blocks).toEqual([lines(body(10))]);
  });
});
