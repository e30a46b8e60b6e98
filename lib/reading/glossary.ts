import { slugify, termPatterns } from "./annotate-lesson";

export interface GlossaryLesson {
  slug: string;
  title: string;
  body: string;
  keyTerms: { term: string; definition: string }[];
}

export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
  /** Lessons that define the term, then lessons that use it without defining it. */
  lessons: { slug: string; title: string; defines: boolean }[];
}

/** Every key term of a course, alphabetically, with the lessons it appears in. */
export function buildGlossary(lessons: readonly GlossaryLesson[]): GlossaryEntry[] {
  const entries = new Map<string, GlossaryEntry>();
  for (const lesson of lessons) {
    for (const { term, definition } of lesson.keyTerms) {
      const id = slugify(term);
      const entry = entries.get(id) ?? { id, term, definition, lessons: [] };
      entry.lessons.push({ slug: lesson.slug, title: lesson.title, defines: true });
      entries.set(id, entry);
    }
  }
  for (const entry of entries.values()) {
    const pattern = termPatterns([entry.term])[0]!.pattern;
    for (const lesson of lessons) {
      if (entry.lessons.some((listed) => listed.slug === lesson.slug)) continue;
      if (pattern.test(lesson.body)) entry.lessons.push({ slug: lesson.slug, title: lesson.title, defines: false });
    }
  }
  return [...entries.values()].sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }));
}
