import { describe, expect, it } from "vitest";
import { joinLines, splitLines } from "./join-lines";

describe("splitLines", () => {
  it("joins hard-wrapped prose into one paragraph", () => {
    const wrapped = ["Military forces that cannot see each other tend to fear", "the worst. A large exercise near a border can look like", "the first stage of an attack, and a neighbour may respond", "in kind."];
    expect(splitLines(wrapped)).toEqual([wrapped.join(" ")]);
  });

  it("keeps one paragraph per line when every line ends a sentence", () => {
    expect(splitLines(["The summit opened.", "Leaders disagreed.", "A communiqué followed."])).toEqual(["The summit opened.", "Leaders disagreed.", "A communiqué followed."]);
  });

  it("joins a line broken mid-sentence in one-per-line text", () => {
    expect(splitLines(["The summit opened and", "continued for two days.", "Leaders disagreed."])).toEqual(["The summit opened and continued for two days.", "Leaders disagreed."]);
  });

  it("keeps a short unpunctuated line apart from a capitalised one", () => {
    expect(splitLines(["Key points", "Allies agreed to spend more."])).toEqual(["Key points", "Allies agreed to spend more."]);
  });
});

describe("joinLines", () => {
  it("always joins Markdown and HTML lines, and passes headings through", () => {
    expect(
      joinLines([
        { kind: "heading", level: 2, text: "Origins" },
        { kind: "lines", lines: ["One line.", "Another line."], join: "always" },
      ]),
    ).toEqual([
      { kind: "heading", level: 2, text: "Origins" },
      { kind: "paragraph", text: "One line. Another line." },
    ]);
  });
});
