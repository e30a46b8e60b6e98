import { describe, expect, it } from "vitest";
import { depthScores, gapSimilarities, segmentParagraphs } from "./segment";

/** A paragraph of `words` words about one topic, varied enough to read as prose to the segmenter. */
function paragraph(topic: readonly string[], words: number, seed: number): string {
  return Array.from({ length: words }, (_, i) => topic[(i * 7 + seed) % topic.length]).join(" ") + ".";
}

const nuclear = ["warhead", "missile", "submarine", "retaliation", "deterrent", "arsenal", "silo", "strike"];
const cyber = ["network", "malware", "intrusion", "hacker", "server", "patch", "attribution", "ransomware"];
const energy = ["pipeline", "gas", "terminal", "storage", "tanker", "supply", "winter", "grid"];

describe("gapSimilarities and depthScores", () => {
  it("finds the lowest similarity and the deepest valley where the topic changes", () => {
    const paragraphs = [0, 1, 2].map((s) => paragraph(nuclear, 60, s)).concat([0, 1, 2].map((s) => paragraph(cyber, 60, s)));
    const similarities = gapSimilarities(paragraphs, 60);
    const depths = depthScores(similarities);
    const deepest = depths.indexOf(Math.max(...depths));
    expect(deepest).toBe(3);
    expect(similarities[3]).toBeLessThan(similarities[1]!);
  });

  it("scores a valley by the climb to the peaks on both sides", () => {
    const depths = depthScores([0, 0.8, 0.2, 0.6, 0.6]);
    expect(depths[2]).toBeCloseTo(0.6 + 0.4);
    expect(depths[1]).toBe(0);
  });
});

describe("segmentParagraphs", () => {
  it("cuts at each change of topic", () => {
    const paragraphs = [nuclear, cyber, energy].flatMap((topic) => [0, 1, 2, 3].map((s) => paragraph(topic, 60, s)));
    expect(segmentParagraphs(paragraphs)).toEqual([0, 4, 8]);
  });

  it("keeps a short text on one topic whole", () => {
    expect(segmentParagraphs([0, 1, 2].map((s) => paragraph(nuclear, 50, s)))).toEqual([0]);
  });

  it("respects the upper bound even when the topic never changes", () => {
    const paragraphs = Array.from({ length: 20 }, (_, s) => paragraph(nuclear, 100, s));
    const starts = segmentParagraphs(paragraphs, { minWords: 150, maxWords: 700, windowWords: 120 });
    const lengths = starts.map((start, i) => ((starts[i + 1] ?? 20) - start) * 100);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(700);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(150);
  });

  it("does not make a section shorter than the lower bound for a small topic shift", () => {
    const paragraphs = [paragraph(nuclear, 60, 0), paragraph(nuclear, 60, 1), paragraph(cyber, 40, 0), paragraph(nuclear, 60, 2), paragraph(nuclear, 60, 3)];
    expect(segmentParagraphs(paragraphs)).toEqual([0]);
  });

  it("handles no paragraphs or one", () => {
    expect(segmentParagraphs([])).toEqual([0]);
    expect(segmentParagraphs(["Only one."])).toEqual([0]);
  });
});
