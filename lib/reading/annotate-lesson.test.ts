import type { Element, Root } from "hast";
import { describe, expect, it } from "vitest";
import { annotateLesson, slugify, termPatterns, textOf } from "./annotate-lesson";

const text = (value: string) => ({ type: "text" as const, value });
const el = (tagName: string, ...children: Element["children"]): Element => ({ type: "element", tagName, properties: {}, children });

function run(tree: Root, terms: string[]) {
  annotateLesson({ terms: termPatterns(terms) })(tree);
  return tree;
}

describe("annotateLesson", () => {
  it("numbers top-level paragraphs and anchors headings", () => {
    const tree = run({ type: "root", children: [el("h2", text("What it claims")), el("p", text("One.")), el("ul", el("li", el("p", text("Nested.")))), el("p", text("Two."))] }, []);
    const [h2, first, , second] = tree.children as Element[];
    expect(h2!.properties.id).toBe("what-it-claims");
    expect(first!.properties).toMatchObject({ id: "p-1", dataParagraph: 1 });
    expect(second!.properties).toMatchObject({ id: "p-2", dataParagraph: 2 });
  });

  it("marks only the first use of a key term, in either of its forms, whole words only", () => {
    const tree = run(
      { type: "root", children: [el("p", text("Articles aside, Article 5 matters; article 5 again.")), el("p", text("The R2P idea and Article 5."))] },
      ["Article 5", "Responsibility to protect (R2P)"],
    );
    const [first, second] = tree.children as Element[];
    const marks = (node: Element) => node.children.filter((child): child is Element => child.type === "element" && child.tagName === "keyterm");
    expect(marks(first!).map((mark) => [mark.properties.term, textOf(mark)])).toEqual([["article-5", "Article 5"]]);
    expect(marks(second!).map((mark) => [mark.properties.term, textOf(mark)])).toEqual([["responsibility-to-protect-r2p", "R2P"]]);
    expect(textOf(first!)).toBe("Articles aside, Article 5 matters; article 5 again.");
  });
});

describe("slugify", () => {
  it("makes stable anchors", () => {
    expect(slugify("NATO's mandate & Article 5")).toBe("nato-s-mandate-article-5");
  });
});
