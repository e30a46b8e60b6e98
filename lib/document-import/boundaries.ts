import { countWords } from "../content/paragraphs";

/**
 * The instructor's adjustments to an imported document's sections, kept as the document's
 * paragraphs in order plus the paragraphs that open a section, each with its title. Moving a
 * boundary is unticking one start and ticking another; merging is unticking; splitting is ticking.
 */

export interface DraftSection {
  title: string;
  paragraphs: string[];
}

export interface Outline {
  paragraphs: string[];
  /** Paragraph index → title of the section it opens; index 0 always opens one. */
  starts: Map<number, string>;
}

export const maxTitleLength = 120;

export function outlineOf(sections: readonly DraftSection[]): Outline {
  const paragraphs: string[] = [];
  const starts = new Map<number, string>();
  for (const section of sections) {
    if (section.paragraphs.length === 0) continue;
    starts.set(paragraphs.length, section.title);
    paragraphs.push(...section.paragraphs);
  }
  return { paragraphs, starts };
}

export function sectionsOf({ paragraphs, starts }: Outline): DraftSection[] {
  const sections: DraftSection[] = [];
  paragraphs.forEach((paragraph, index) => {
    const title = starts.get(index);
    if (title !== undefined || sections.length === 0) sections.push({ title: title ?? "", paragraphs: [] });
    sections.at(-1)!.paragraphs.push(paragraph);
  });
  return sections;
}

/** A title for a section the instructor has just opened: its first words. */
export function suggestedTitle(paragraph: string): string {
  const words = paragraph.split(/\s+/).filter(Boolean).slice(0, 8).join(" ").replace(/[.,;:!?]+$/, "");
  return words.length > maxTitleLength ? `${words.slice(0, maxTitleLength - 1)}…` : words;
}

export type BoundaryResult = { status: "ok"; title: string; outline: Outline } | { status: "invalid"; fieldErrors: Record<string, string[]> };

/**
 * Reads the adjustment form: `title` (the document's), `start-<i>` ticked for each paragraph that
 * opens a section, `title-<i>` for its title. A newly ticked start without a title gets a
 * suggested one; the first paragraph always opens a section.
 */
export function readBoundaries(paragraphs: readonly string[], fields: Record<string, string | undefined>): BoundaryResult {
  const errors: Record<string, string[]> = {};
  const title = (fields.title ?? "").trim();
  if (title === "") errors.title = ["Give the unit a title."];
  else if (title.length > maxTitleLength) errors.title = [`A title can be at most ${maxTitleLength} characters long.`];
  const starts = new Map<number, string>();
  paragraphs.forEach((paragraph, index) => {
    if (index !== 0 && fields[`start-${index}`] !== "on") return;
    const given = (fields[`title-${index}`] ?? "").trim();
    if (given.length > maxTitleLength) errors[`title-${index}`] = [`A title can be at most ${maxTitleLength} characters long.`];
    starts.set(index, given || suggestedTitle(paragraph));
  });
  if (Object.keys(errors).length > 0) return { status: "invalid", fieldErrors: errors };
  return { status: "ok", title, outline: { paragraphs: [...paragraphs], starts } };
}

export function wordsIn(section: DraftSection): number {
  return section.paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph), 0);
}

/** A URL slug from a title: lower case, ASCII letters and digits joined by hyphens. */
export function slugOf(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "section";
}

/** `slug`, or `slug-2`, `slug-3` … the first one not taken. */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
