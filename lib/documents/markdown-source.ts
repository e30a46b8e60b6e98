import { markdownInline } from "./markdown-inline";
import { removeRawTextElements } from "./plain-text";
import type { Block, ParsedSource } from "./types";

/**
 * The block structure of Markdown (CommonMark, the parts documents use): ATX and setext headings,
 * paragraphs, list items, block quotes, fenced code, front matter. Thematic breaks, link reference
 * definitions and raw HTML blocks of script-like elements carry no text for a lesson and are dropped.
 */

const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const setext = /^ {0,3}(=+|-+)[ \t]*$/;
const thematicBreak = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const listItem = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const quote = /^ {0,3}>[ \t]?(.*)$/;
const fence = /^ {0,3}(`{3,}|~{3,})/;
const referenceDefinition = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const tableRule = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

// A paragraph that is one short bold line is how word processors and chat tools write a heading.
const boldHeading = /^(\*\*|__)([^*_]{1,80}?)\1:?$/;

function frontMatter(text: string): { body: string; title?: string } {
  const match = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(text);
  if (!match) return { body: text };
  const title = /^title:\s*["']?(.*?)["']?\s*$/m.exec(match[1]!)?.[1];
  return { body: text.slice(match[0].length), title: title || undefined };
}

export function parseMarkdown(source: string): ParsedSource {
  const { body, title } = frontMatter(source);
  const blocks: Block[] = [];
  let open: { lines: string[]; item?: boolean; quoted?: boolean } | undefined;
  let fenceMark: string | undefined;

  const close = () => {
    const boldLine = open && open.lines.length === 1 && !open.item && !open.quoted ? boldHeading.exec(open.lines[0]!) : null;
    if (boldLine) blocks.push({ kind: "heading", level: 3, text: markdownInline(boldLine[2]!) });
    else if (open && open.lines.length > 0) blocks.push({ kind: "lines", lines: open.lines.map(markdownInline), item: open.item, join: "always" });
    open = undefined;
  };
  const add = (line: string, kind: { item?: boolean; quoted?: boolean } = {}) => {
    if (!open || kind.item || Boolean(open.quoted) !== Boolean(kind.quoted)) {
      close();
      open = { lines: [], ...kind };
    }
    open.lines.push(line);
  };

  for (const line of removeRawTextElements(body).split("\n")) {
    if (fenceMark !== undefined) {
      if (line.trim().startsWith(fenceMark)) {
        fenceMark = undefined;
        close();
      } else if (line.trim()) {
        add(line.trim());
      }
      continue;
    }
    const fenced = fence.exec(line);
    const heading = atx.exec(line);
    const underline = setext.exec(line);
    const quoted = quote.exec(line);
    const item = listItem.exec(line);
    if (fenced) {
      close();
      fenceMark = fenced[1]!.slice(0, 3);
    } else if (line.trim().length === 0) {
      close();
    } else if (heading) {
      close();
      blocks.push({ kind: "heading", level: heading[1]!.length, text: markdownInline(heading[2] ?? "") });
    } else if (underline && open && !open.item && !open.quoted) {
      const level = underline[1]!.startsWith("=") ? 1 : 2;
      blocks.push({ kind: "heading", level, text: markdownInline(open.lines.join(" ")) });
      open = undefined;
    } else if (thematicBreak.test(line) || referenceDefinition.test(line) || tableRule.test(line)) {
      close();
    } else if (quoted) {
      add(quoted[1]!.trim(), { quoted: true });
    } else if (item) {
      add(item[1]!.trim(), { item: true });
    } else {
      add(line.trim().replace(/^\||\|$/g, "").trim(), open?.quoted ? { quoted: true } : {});
    }
  }
  close();
  return { blocks: blocks.filter((block) => block.kind === "lines" || block.text.length > 0), titleHint: title, removed: [] };
}
