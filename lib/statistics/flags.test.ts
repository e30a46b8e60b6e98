import { describe, expect, it } from "vitest";
import { flagHints, flagQuestion } from "./flags";

const kinds = (facility: number | null, discriminationIndex: number | null) =>
  flagQuestion({ facility, discriminationIndex }).map((flag) => flag.kind);

describe("flagQuestion", () => {
  it("flags facility outside 10–90% and discrimination below 20 (0.2)", () => {
    expect(kinds(0.5, 45)).toEqual([]);
    expect(kinds(0.1, 20)).toEqual([]);
    expect(kinds(0.9, 20)).toEqual([]);
    expect(kinds(0.95, 30)).toEqual(["too_easy"]);
    expect(kinds(0.05, 30)).toEqual(["too_hard"]);
    expect(kinds(0.5, 19.9)).toEqual(["weak_discrimination"]);
    expect(kinds(0.5, -12)).toEqual(["negative_discrimination"]);
    expect(kinds(0.02, 5)).toEqual(["too_hard", "weak_discrimination"]);
  });

  it("raises nothing it cannot know", () => {
    expect(kinds(null, null)).toEqual([]);
    expect(kinds(1, null)).toEqual(["too_easy"]);
  });

  it("gives each flag a plain-language hint", () => {
    expect(flagQuestion({ facility: 0.97, discriminationIndex: null })).toEqual([{ kind: "too_easy", hint: flagHints.too_easy }]);
    for (const hint of Object.values(flagHints)) expect(hint).toMatch(/^[A-Z].*\.$/);
  });
});
