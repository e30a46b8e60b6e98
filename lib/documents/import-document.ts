import { z } from "zod";
import { parseByline } from "./byline";
import { cleanBlocks } from "./clean";
import { parseHtml } from "./html-source";
import { joinLines } from "./join-lines";
import { parseMarkdown } from "./markdown-source";
import { normaliseInput, toPlainText } from "./plain-text";
import { promoteHeadings } from "./promote-headings";
import { buildSections, chooseTitle, type ImportedSection } from "./sections";
import { parseText } from "./text-source";
import { documentFormats, type Byline, type DocumentFormat, type FlatBlock, type ParsedSource } from "./types";

/**
 * Imports an instructor's document (Markdown, plain text or HTML) as a preview of lessons: a title,
 * sections of paragraphs, the furniture that was dropped and anything the instructor should check.
 * Pure: no I/O, and everything returned is plain text, whatever the file contained.
 *
 *   importDocument({ text, format, fileName? })
 *     → { ok: true, title, byline?, sections: [{ title, paragraphs, generated }], removed, warnings }
 *     | { ok: false, reason: "too-large" | "no-text" | "unknown-format", message }
 *
 * `message` is written for the instructor and safe to show as it is.
 */

export type { ImportedSection } from "./sections";
export { documentFormats, type Byline, type DocumentFormat } from "./types";

/** Characters, not bytes. A long report is ~300,000; a saved web page with its scripts up to ~1 MB. */
export const MAX_DOCUMENT_CHARACTERS = 1_000_000;

export const importDocumentInputSchema = z.object({
  text: z.string(),
  format: z.enum(documentFormats),
  fileName: z.string().max(255).optional(),
});
export type ImportDocumentInput = z.infer<typeof importDocumentInputSchema>;

export interface ImportedDocument {
  ok: true;
  title: string;
  byline?: Byline;
  sections: ImportedSection[];
  /** Furniture left out (menus, share links, comments …), shortened, for the preview. */
  removed: string[];
  warnings: string[];
}

export interface ImportFailure {
  ok: false;
  reason: "too-large" | "no-text" | "unknown-format";
  message: string;
}

export type ImportResult = ImportedDocument | ImportFailure;

const parsers: Record<DocumentFormat, (text: string) => ParsedSource> = { markdown: parseMarkdown, text: parseText, html: parseHtml };

/** The format a file name suggests, for a form that accepts uploads. */
export function formatFromFileName(fileName: string): DocumentFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "md" || extension === "markdown") return "markdown";
  if (extension === "html" || extension === "htm" || extension === "xhtml") return "html";
  if (extension === "txt" || extension === "text") return "text";
  return undefined;
}

function plainBlocks(blocks: readonly FlatBlock[]): FlatBlock[] {
  return blocks.map((block) => ({ ...block, text: toPlainText(block.text) })).filter((block) => block.text.length > 0);
}

/** Author and date from wherever they were found first, as plain text. */
function plainByline(found: readonly (Byline | undefined)[]): Byline | undefined {
  const author = found.find((byline) => byline?.author)?.author;
  const date = found.find((byline) => byline?.date)?.date;
  if (!author && !date) return undefined;
  return { ...(author ? { author: toPlainText(author) } : {}), ...(date ? { date: toPlainText(date) } : {}) };
}

export function importDocument(input: ImportDocumentInput): ImportResult {
  const { text, format, fileName } = input;
  if (!documentFormats.includes(format)) {
    return { ok: false, reason: "unknown-format", message: "Choose Markdown, plain text or HTML as the document's format." };
  }
  if (text.length > MAX_DOCUMENT_CHARACTERS) {
    return {
      ok: false,
      reason: "too-large",
      message: `This document has ${text.length.toLocaleString("en")} characters; the limit is ${MAX_DOCUMENT_CHARACTERS.toLocaleString("en")}. Split it into parts and import each one.`,
    };
  }

  const source = parsers[format](normaliseInput(text));
  const cleaned = cleanBlocks(source.blocks);
  const blocks = plainBlocks(joinLines(promoteHeadings(cleaned.blocks, format)));
  if (!blocks.some((block) => block.kind === "paragraph")) {
    return { ok: false, reason: "no-text", message: "No readable text was found in this document. If it is a scan or an image, paste its text instead." };
  }

  const hint = source.titleHint ? toPlainText(source.titleHint) : undefined;
  const { title, body, warning } = chooseTitle(blocks, hint || undefined, fileName ? toPlainText(fileName) : undefined);
  const { sections, warnings } = buildSections(body, format, title);
  const byline = plainByline([cleaned.byline, ...(source.bylineHints ?? []).map(parseByline)]);
  return {
    ok: true,
    title,
    ...(byline ? { byline } : {}),
    sections,
    removed: [...source.removed, ...cleaned.removed].map(toPlainText).filter(Boolean),
    warnings: [...(source.warnings ?? []), ...cleaned.warnings, ...(warning ? [warning] : []), ...warnings].map(toPlainText),
  };
}
