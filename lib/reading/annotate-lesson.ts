import type { Element, ElementContent, Root, Text } from "hast";

/**
 * A rehype plugin for lesson bodies: numbers the top-level paragraphs (the unit of reading
 * progress, resuming and notes), gives `##` headings anchors for the table of contents, and marks
 * the first use of each key term so it can be explained in place.
 */
export interface TermPattern {
  slug: string;
  pattern: RegExp;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** "Responsibility to protect (R2P)" is found as either form. */
export function termPatterns(terms: readonly string[]): TermPattern[] {
  return terms.map((term) => {
    const forms = [term.replace(/\s*\([^)]*\)/g, "").trim(), ...[...term.matchAll(/\(([^)]+)\)/g)].map((match) => match[1]!.trim())]
      .filter((form) => form.length > 1)
      .sort((a, b) => b.length - a.length)
      .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"));
    return { slug: slugify(term), pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join("|")})(?![\\p{L}\\p{N}])`, "iu") };
  });
}

export function textOf(node: ElementContent | Root): string {
  if (node.type === "text") return node.value;
  if ("children" in node) return (node.children as ElementContent[]).map(textOf).join("");
  return "";
}

export function annotateLesson(options: { terms: TermPattern[] }) {
  return (tree: Root) => {
    let paragraph = 0;
    const unmarked = new Map(options.terms.map((term) => [term.slug, term]));
    for (const node of tree.children) {
      if (node.type !== "element") continue;
      if (node.tagName === "h2") {
        node.properties = { ...node.properties, id: slugify(textOf(node)) };
      }
      if (node.tagName === "p") {
        paragraph++;
        node.properties = { ...node.properties, id: `p-${paragraph}`, dataParagraph: paragraph };
      }
      if (node.tagName === "p" || node.tagName === "ul" || node.tagName === "ol") markTerms(node, unmarked);
    }
  };
}

function markTerms(element: Element, unmarked: Map<string, TermPattern>) {
  for (let index = 0; index < element.children.length; index++) {
    const child = element.children[index]!;
    if (child.type === "element") {
      if (child.tagName !== "a" && child.tagName !== "code") markTerms(child, unmarked);
      continue;
    }
    if (child.type !== "text") continue;
    for (const term of unmarked.values()) {
      const match = term.pattern.exec(child.value);
      if (!match) continue;
      unmarked.delete(term.slug);
      const before: Text = { type: "text", value: child.value.slice(0, match.index) };
      const marked: Element = {
        type: "element",
        tagName: "keyterm",
        properties: { term: term.slug },
        children: [{ type: "text", value: match[0] }],
      };
      const after: Text = { type: "text", value: child.value.slice(match.index + match[0].length) };
      element.children.splice(index, 1, before, marked, after);
      index++; // continue with the text after the mark
      break;
    }
  }
}
