import { describe, expect, it } from "vitest";
import { partTitles, salientTerms } from "./topic-title";

const texts = [
  "Arms control needs verification. Arms control treaties count warheads, and inspectors check the warheads at bases.",
  "NATO planners worry about cyber attacks on networks. NATO networks need constant defence against malware.",
];

describe("salientTerms", () => {
  it("prefers a recurring phrase and terms distinctive of the text", () => {
    const [first, second] = salientTerms(texts);
    expect(first?.[0]).toBe("arms control");
    expect(first).toContain("warheads");
    expect(second).toContain("NATO");
    expect(second).toContain("networks");
  });

  it("does not repeat a word already inside a chosen phrase", () => {
    const [first] = salientTerms(texts);
    expect(first).not.toContain("control");
  });
});

describe("partTitles", () => {
  it("numbers the parts and lists their terms", () => {
    const titles = partTitles(texts);
    expect(titles[0]).toMatch(/^Part 1: Arms control, \w+ and \w+$/);
    expect(titles[1]).toMatch(/^Part 2: /);
  });

  it("falls back to the number alone when a part has no content words", () => {
    expect(partTitles(["and the of"])).toEqual(["Part 1"]);
  });
});
