import { Parser } from "htmlparser2";

/**
 * Imported texts are kept as plain text: our pages show question text as text, so nothing from an
 * imported file is ever interpreted as markup, let alone run. HTML (Moodle's html and moodle
 * formats) is reduced to its words, paragraphs and list items on their own lines, images to
 * their alternative text; scripts and styles are dropped with their content.
 */

const blocks = new Set(["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "pre", "hr"]);
const dropped = new Set(["script", "style", "noscript", "iframe", "object", "embed", "template", "svg", "math", "head", "title"]);

export function htmlToPlainText(html: string): string {
  let text = "";
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (dropped.has(name)) skipping++;
        if (skipping) return;
        if (blocks.has(name)) text += "\n";
        if (name === "li") text += "• ";
        if (name === "img" && attributes.alt?.trim()) text += `[image: ${attributes.alt.trim()}]`;
      },
      ontext(data) {
        if (!skipping) text += data;
      },
      onclosetag(name) {
        if (dropped.has(name)) skipping = Math.max(0, skipping - 1);
        else if (!skipping && blocks.has(name)) text += "\n";
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return text
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Moodle's html and moodle (auto) formats may hold markup; plain and markdown are text already. */
export function plainTextOf(text: string, format: "moodle" | "html" | "plain" | "markdown"): string {
  return (format === "html" || format === "moodle") && /<[a-z!/]/i.test(text) ? htmlToPlainText(text) : text;
}
