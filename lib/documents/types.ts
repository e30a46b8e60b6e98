/**
 * The shapes passed between the stages of a document import. Sources (one per format) turn the
 * upload into blocks; the cleaner drops furniture from them; headings are promoted; lines are
 * joined into paragraphs; the paragraphs are grouped into sections.
 */

export const documentFormats = ["markdown", "text", "html"] as const;
export type DocumentFormat = (typeof documentFormats)[number];

export interface HeadingBlock {
  kind: "heading";
  /** 1 to 6, as in HTML; plain-text headings found by their look are level 2. */
  level: number;
  text: string;
}

export interface LinesBlock {
  kind: "lines";
  /** Source lines still unjoined, so the cleaner can drop one furniture line inside a paragraph. */
  lines: string[];
  /** A list item: never joined to its neighbours. */
  item?: boolean;
  /**
   * "always" joins the lines into one paragraph (HTML, Markdown soft breaks); "auto" decides by
   * how the lines end, because pasted plain text may be hard-wrapped or one paragraph per line.
   */
  join: "always" | "auto";
}

export type Block = HeadingBlock | LinesBlock;

/** A block once its lines are joined: what sections are built from. */
export type FlatBlock = HeadingBlock | { kind: "paragraph"; text: string };

export interface ParsedSource {
  blocks: Block[];
  /** A title the source states outside its body (HTML `<title>`, Markdown front matter). */
  titleHint?: string;
  /** Furniture the source parser already dropped (HTML nav, footer, …), as plain text. */
  removed: string[];
  warnings?: string[];
  /** Text the source marks as author or date (HTML `<time>`, class "byline"), wherever it stands. */
  bylineHints?: string[];
}

export interface Byline {
  author?: string;
  date?: string;
}
