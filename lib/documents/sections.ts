import { cleanHeading } from "./headings";
import { countWords } from "./plain-text";
import { defaultSegmentOptions, segmentParagraphs } from "./segment";
import { partTitles } from "./topic-title";
import type { DocumentFormat, FlatBlock } from "./types";

export interface ImportedSection {
  title: string;
  paragraphs: string[];
  /** True when the importer chose this section's boundaries and title itself (no heading). */
  generated: boolean;
}

/** Heading levels that open a section; deeper headings are kept as text. */
const sectionLevels: Record<DocumentFormat, number> = { markdown: 3, html: 4, text: 6 };

const isTitleLike = (text: string) => countWords(text) <= 15 && text.length <= 150 && !/[.,;]$/.test(text);

function titleFromFileName(fileName: string | undefined): string | undefined {
  const stem = fileName?.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]{1,8}$/i, "").replace(/[-_]+/g, " ").trim();
  return stem ? stem.replace(/^\p{Ll}/u, (first) => first.toUpperCase()) : undefined;
}

/**
 * The title, in order of trust: the first level-1 heading; a title the source states apart (HTML
 * `<title>`, front matter); a heading or a short line at the very top; the file name.
 */
export function chooseTitle(blocks: readonly FlatBlock[], hint?: string, fileName?: string): { title: string; body: FlatBlock[]; warning?: string } {
  const h1 = blocks.findIndex((block) => block.kind === "heading" && block.level === 1);
  const without = (index: number) => blocks.filter((_, i) => i !== index);
  if (h1 >= 0) return { title: cleanHeading((blocks[h1] as { text: string }).text), body: without(h1) };

  const first = blocks[0];
  if (hint) {
    const repeats = first?.kind === "heading" && first.text.toLowerCase() === hint.toLowerCase();
    return { title: hint, body: repeats ? without(0) : [...blocks] };
  }
  if (first?.kind === "heading" || (first?.kind === "paragraph" && isTitleLike(first.text))) {
    return { title: cleanHeading(first.text), body: without(0) };
  }
  const fromFile = titleFromFileName(fileName);
  if (fromFile) return { title: fromFile, body: [...blocks], warning: "No title found in the document; the file name is used." };
  return { title: "Untitled document", body: [...blocks], warning: "No title found in the document; please give it one." };
}

/** Sections at the document's headings, or by topic when it has none. */
export function buildSections(blocks: readonly FlatBlock[], format: DocumentFormat, documentTitle: string): { sections: ImportedSection[]; warnings: string[] } {
  const warnings: string[] = [];
  const sections: ImportedSection[] = [];
  let current: ImportedSection | undefined;
  let headed = false;
  for (const block of blocks) {
    if (block.kind === "heading" && block.level <= sectionLevels[format]) {
      headed = true;
      current = { title: cleanHeading(block.text), paragraphs: [], generated: false };
      sections.push(current);
      continue;
    }
    if (!current) {
      current = { title: "Introduction", paragraphs: [], generated: false };
      sections.push(current);
    }
    current.paragraphs.push(block.text);
  }
  for (const empty of sections.filter((section) => section.paragraphs.length === 0)) {
    warnings.push(`The heading “${empty.title}” had no text under it and was left out.`);
  }
  const filled = sections.filter((section) => section.paragraphs.length > 0);
  if (filled.length === 1 && !headed) {
    return { sections: segmentByTopic(filled[0]!.paragraphs, documentTitle, warnings), warnings };
  }
  for (const section of filled) {
    const words = section.paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph), 0);
    if (words > defaultSegmentOptions.maxWords) {
      warnings.push(`The section “${section.title}” has ${words} words, more than a lesson usually covers (${defaultSegmentOptions.maxWords}); consider splitting it.`);
    }
  }
  return { sections: filled, warnings };
}

function segmentByTopic(paragraphs: readonly string[], documentTitle: string, warnings: string[]): ImportedSection[] {
  const starts = segmentParagraphs(paragraphs);
  const parts = starts.map((start, index) => paragraphs.slice(start, starts[index + 1] ?? paragraphs.length));
  if (parts.length === 1) return [{ title: documentTitle, paragraphs: [...paragraphs], generated: true }];
  warnings.push(`The document has no headings, so it was divided into ${parts.length} sections by topic; check where each begins and rename them.`);
  const titles = partTitles(parts.map((part) => part.join(" ")));
  return parts.map((part, index) => ({ title: titles[index]!, paragraphs: part, generated: true }));
}
