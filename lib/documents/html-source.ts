import { Parser } from "htmlparser2";
import { blockElements, furnitureElements, hiddenElements, isHidden, marksByline, namesFurniture, pageTitle } from "./html-rules";
import { excerpt } from "./plain-text";
import type { Block, ParsedSource } from "./types";

/**
 * Article text from an HTML page, read with htmlparser2's tokenizer. Only text nodes are ever
 * read, so attributes (event handlers, `javascript:` links, inline styles) cannot reach the
 * output; code-bearing elements are skipped with their content; page furniture (nav, header,
 * footer, aside, forms) is skipped and listed in `removed`.
 */

interface Options {
  /** Read only `<main>`, or else the first `<article>`, when the page has one. */
  scope: boolean;
  /** Skip elements whose class, id or role names furniture ("share-buttons", role="navigation"). */
  attributes: boolean;
}

/**
 * htmlparser2 keeps its element stack with `unshift`, so each level of nesting costs time in
 * proportion to the depth: hostile markup nested 100,000 deep would take minutes. Real pages
 * nest a few dozen levels; reading stops at this depth.
 */
export const MAX_HTML_DEPTH = 2000;

class TooDeep extends Error {}

type Skip = "hidden" | "furniture" | "header" | undefined;

function extract(html: string, options: Options): ParsedSource {
  const scopeTag = !options.scope ? undefined : /<main[\s>]/i.test(html) ? "main" : /<article[\s>]/i.test(html) ? "article" : undefined;
  const blocks: Block[] = [];
  const removed: string[] = [];
  const stack: { name: string; skip: Skip; scope: boolean }[] = [];
  let hidden = 0, furniture = 0, header = 0, scopeOpen = 0, scopeSeen = false;
  let headingLevel = 0, items = 0;
  let lines: string[] = [];
  let text = "", aside = "", title = "";
  let inTitle = false;
  // A block whose text is all bold and short is a heading written without heading markup.
  let bold = 0, boldChars = 0, plainChars = 0;
  const bylineHints: string[] = [];
  let bylineDepth = 0, bylineText = "", bylineKind: "author" | "date" | undefined;

  const inScope = () => scopeTag === undefined || scopeOpen > 0;
  const isContent = () => hidden === 0 && furniture === 0 && header === 0 && inScope();
  // A page's <h1> often sits in a <header> or outside <main>: it is still the title.
  const keepsHeading = () => hidden === 0 && furniture === 0 && headingLevel === 1;
  const flushAside = () => {
    if (aside.trim()) removed.push(excerpt(aside));
    aside = "";
  };
  const flush = () => {
    if (text.trim()) lines.push(text.trim());
    text = "";
    const allBold = boldChars > 0 && plainChars === 0 && lines.length === 1 && lines[0]!.split(/\s+/).length <= 12;
    boldChars = plainChars = 0;
    if (lines.length === 0) return;
    if (headingLevel > 0 || (allBold && items === 0)) blocks.push({ kind: "heading", level: headingLevel || 3, text: lines.join(" ") });
    else blocks.push({ kind: "lines", lines, item: items > 0, join: "always" });
    lines = [];
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        // A malformed name ("scr<script") is a filter-evasion attempt; what follows it is not prose.
        const skip: Skip = hiddenElements.has(name) || isHidden(attribs) || !/^[a-z][a-z0-9-]*$/.test(name) ? "hidden"
          : name === "header" ? "header"
          : furnitureElements.has(name) || (options.attributes && namesFurniture(attribs)) ? "furniture"
          : undefined;
        const scope = name === scopeTag && !scopeSeen && hidden === 0;
        // Furniture interrupts the text around it; an inline image or hidden span does not.
        if (blockElements.has(name) || skip === "furniture" || skip === "header" || scope) flush();
        if (scope) {
          flushAside();
          scopeOpen++;
        }
        const marks = hidden === 0 && bylineDepth === 0 ? marksByline(name, attribs) : undefined;
        if (marks) bylineKind = marks;
        if (marks || bylineDepth > 0) bylineDepth++;
        stack.push({ name, skip, scope });
        if (stack.length > MAX_HTML_DEPTH) throw new TooDeep();
        if (skip === "hidden") hidden++;
        if (skip === "furniture") furniture++;
        if (skip === "header") header++;
        if (name === "title" && hidden === 0) inTitle = true;
        if (/^h[1-6]$/.test(name)) headingLevel = Number(name[1]);
        if (name === "li") items++;
        if (name === "b" || name === "strong") bold++;
        if (name === "br") text += "\n";
        if ((name === "td" || name === "th") && text.trim()) text += " ";
      },
      ontext(data) {
        const flat = data.replace(/\s+/g, " ");
        if (bylineDepth > 0 && hidden === 0) bylineText += flat;
        if (inTitle) title += flat;
        else if (isContent() || keepsHeading()) {
          text += flat;
          if (bold > 0) boldChars += flat.trim().length;
          else plainChars += flat.trim().length;
        }
        else if (hidden === 0) aside += ` ${flat}`;
      },
      onclosetag(name) {
        const index = stack.findLastIndex((open) => open.name === name);
        if (index < 0) return;
        const open = stack[index]!;
        stack.splice(index, 1);
        if (blockElements.has(name) || open.skip === "furniture" || open.skip === "header" || open.scope || /^h[1-6]$/.test(name)) flush();
        if (/^h[1-6]$/.test(name)) headingLevel = 0;
        if (bylineDepth > 0 && --bylineDepth === 0) {
          const hint = bylineText.trim();
          if (hint) bylineHints.push(bylineKind === "author" && !/^by\b/i.test(hint) ? `By ${hint}` : hint);
          bylineText = "";
        }
        if (name === "li") items = Math.max(0, items - 1);
        if (name === "b" || name === "strong") bold = Math.max(0, bold - 1);
        if (name === "title") inTitle = false;
        if (open.skip === "hidden") hidden--;
        if (open.skip === "furniture") furniture--;
        if (open.skip === "header") header--;
        if ((open.skip === "furniture" || open.skip === "header") && furniture === 0 && header === 0) flushAside();
        if (open.scope) {
          scopeOpen--;
          scopeSeen = scopeTag === "article";
        }
      },
    },
    { decodeEntities: true },
  );
  const warnings: string[] = [];
  try {
    parser.write(html);
    parser.end();
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    warnings.push(`The page's elements are nested more than ${MAX_HTML_DEPTH} deep; the text after that point was not read.`);
  }
  flush();
  flushAside();

  // <br> became "\n": one is a line break inside the paragraph, two in a row end the paragraph.
  const splitBreaks = blocks.flatMap((block): Block[] => {
    if (block.kind === "heading") return [{ ...block, text: block.text.replace(/\s+/g, " ").trim() }];
    return block.lines
      .join("\n")
      .split(/\n\s*\n/)
      .map((paragraph) => ({ ...block, lines: paragraph.split("\n").map((line) => line.replace(/\s+/g, " ").trim()).filter(Boolean) }));
  });
  return { blocks: splitBreaks.filter((block) => block.kind === "heading" || block.lines.length > 0), titleHint: pageTitle(title), removed, bylineHints, warnings };
}

const wordCount = (source: ParsedSource) =>
  source.blocks.reduce((sum, block) => sum + (block.kind === "heading" ? block.text : block.lines.join(" ")).split(/\s+/).length, 0);

/**
 * Reading only `<main>` and skipping furniture by class name removes most of a page's clutter,
 * but a careless class ("has-share" on the article body) could remove the article itself. So the
 * strict reading is checked against the plain one and relaxed when it kept too little.
 */
export function parseHtml(html: string): ParsedSource {
  const plain = extract(html, { scope: false, attributes: false });
  const enough = (source: ParsedSource) => wordCount(source) >= 0.25 * wordCount(plain);
  const strict = extract(html, { scope: true, attributes: true });
  if (enough(strict)) return strict;
  const unscoped = extract(html, { scope: false, attributes: true });
  if (enough(unscoped)) return unscoped;
  return { ...plain, warnings: [...(plain.warnings ?? []), "Parts of the page marked as menus or sidebars held most of its text, so they were kept; check for leftovers."] };
}
