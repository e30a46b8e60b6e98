import { describe, expect, it } from "vitest";
import { buildGlossary } from "./glossary";

describe("buildGlossary", () => {
  it("merges a term defined in two lessons and lists lessons that only use it", () => {
    const glossary = buildGlossary([
      { slug: "one", title: "One", body: "Article 5 is central.", keyTerms: [{ term: "Article 5", definition: "Mutual defence." }] },
      { slug: "two", title: "Two", body: "Deterrence and article 5 again.", keyTerms: [{ term: "deterrence", definition: "Discouraging attack." }] },
      { slug: "three", title: "Three", body: "Nothing relevant.", keyTerms: [{ term: "Article 5", definition: "Collective defence clause." }] },
    ]);
    expect(glossary.map((entry) => entry.term)).toEqual(["Article 5", "deterrence"]);
    expect(glossary[0]!.lessons).toEqual([
      { slug: "one", title: "One", defines: true },
      { slug: "three", title: "Three", defines: true },
      { slug: "two", title: "Two", defines: false },
    ]);
  });
});
