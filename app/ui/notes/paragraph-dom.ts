import { paragraphExcerpt } from "@/lib/notes/anchor";

/**
 * The lesson text as notes see it, read from the rendered page: a paragraph's text is the text of
 * `#lesson-body [data-paragraph=N]` without the key-term definitions, which sit in the paragraph's
 * markup as hidden tooltips but are not part of what the learner reads or selects.
 */
export function lessonParagraph(paragraph: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(`#lesson-body [data-paragraph="${paragraph}"]`);
}

export function paragraphOf(node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const paragraph = element?.closest<HTMLElement>("[data-paragraph]");
  return paragraph?.closest("#lesson-body") ? paragraph : null;
}

export function textNodesOf(paragraph: HTMLElement): Text[] {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[role="tooltip"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

export function paragraphText(paragraph: HTMLElement): string {
  return textNodesOf(paragraph)
    .map((node) => node.data)
    .join("");
}

/** The character offset in the paragraph's text of a DOM boundary point (as in a Range). */
export function textOffset(paragraph: HTMLElement, container: Node, offset: number): number {
  const point = document.createRange();
  point.setStart(container, offset);
  let position = 0;
  for (const node of textNodesOf(paragraph)) {
    if (node === container) return position + offset;
    if (point.comparePoint(node, node.length) > 0) break;
    position += node.length;
  }
  return position;
}

export interface ParagraphOption {
  paragraph: number;
  label: string;
}

export function listParagraphs(): ParagraphOption[] {
  return Array.from(document.querySelectorAll<HTMLElement>("#lesson-body [data-paragraph]")).map((element) => {
    const paragraph = Number(element.dataset.paragraph);
    return { paragraph, label: `Paragraph ${paragraph}: ${paragraphExcerpt(paragraphText(element))}` };
  });
}

const markAttribute = "data-note-mark";

/** Wraps the paragraph text between two offsets in <mark> elements, one per text node crossed. */
export function markRange(paragraph: HTMLElement, start: number, end: number, className: string) {
  let position = 0;
  const pieces: { node: Text; from: number; to: number }[] = [];
  for (const node of textNodesOf(paragraph)) {
    const from = Math.max(start - position, 0);
    const to = Math.min(end - position, node.length);
    if (from < to) pieces.push({ node, from, to });
    position += node.length;
  }
  for (const { node, from, to } of pieces) {
    let target = node;
    if (from > 0) target = target.splitText(from);
    if (to - from < target.length) target.splitText(to - from);
    const mark = document.createElement("mark");
    mark.setAttribute(markAttribute, "");
    mark.className = className;
    target.parentNode?.insertBefore(mark, target);
    mark.appendChild(target);
  }
}

/** Puts the text back as it was before markRange, joining the text nodes it split. */
export function clearMarks(root: ParentNode) {
  const parents = new Set<Node>();
  for (const mark of Array.from(root.querySelectorAll(`mark[${markAttribute}]`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
