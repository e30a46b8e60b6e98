import { describe, expect, it } from "vitest";
import { contentTerms, cosine, stem, termCounts } from "./terms";

describe("terms", () => {
  it("folds plurals and possessives, but not words that only end in s", () => {
    expect(["treaties", "warheads", "crises", "boxes", "analysis", "status", "gas"].map(stem)).toEqual(["treaty", "warhead", "crise", "box", "analysis", "status", "gas"]);
    expect(contentTerms("NATO’s allies and the alliance's treaties").map((term) => term.key)).toEqual(["nato", "ally", "alliance", "treaty"]);
  });

  it("drops stopwords, short words and bare numbers", () => {
    expect([...termCounts("The 32 members of an alliance met in 2024 and the alliance agreed").entries()]).toEqual([
      ["member", 1],
      ["alliance", 2],
      ["met", 1],
      ["agreed", 1],
    ]);
  });

  it("measures overlap of vocabulary as a cosine", () => {
    expect(cosine(termCounts("missile warhead"), termCounts("warhead missile"))).toBeCloseTo(1);
    expect(cosine(termCounts("missile warhead"), termCounts("pipeline gas"))).toBe(0);
    expect(cosine(new Map(), termCounts("gas"))).toBe(0);
  });
});
