/**
 * Content words of a text for comparing passages: lower case, stopwords out, plurals folded
 * ("deterrents" and "deterrent" count as one term). Deliberately crude; lexical cohesion only needs
 * the same word to be recognised when it comes back.
 */

const stopwords = new Set(
  `a about above after again against all almost also although always am among an and another any are aren't around as at
  be because been before being below between both but by can cannot could couldn't did didn't do does doesn't doing don't
  down during each either else enough even ever every few for from further had hadn't has hasn't have haven't having he her
  here hers herself him himself his how however i if in into is isn't it it's its itself just least less like likely made
  make makes many may me might more most much must my myself neither never no nor not now of off often on once one only or
  other others otherwise our ours ourselves out over own per perhaps quite rather same shall she should shouldn't since so
  some still such than that that's the their theirs them themselves then there therefore these they this those though
  through thus to too toward towards under until up upon us very via was wasn't we were weren't what when where whether
  which while who whom whose why will with within without won't would wouldn't yet you your yours yourself
  said says say new first second third two three four five six seven eight nine ten year years time times way ways part`.split(/\s+/),
);

/** Folds a plural or possessive to the form a reader would call the same word. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

export interface Term {
  /** The folded form that is compared. */
  key: string;
  /** The word as written, for titles. */
  surface: string;
  /** Index of the word in the text, so adjacent terms can form phrases. */
  position: number;
}

export function contentTerms(text: string): Term[] {
  const terms: Term[] = [];
  const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  for (const [position, raw] of words.entries()) {
    const surface = raw.replace(/['’]s$/u, "");
    const lower = surface.toLowerCase().replace(/’/g, "'");
    if (lower.length < 3 || stopwords.has(lower) || /^\d+$/.test(lower)) continue;
    terms.push({ key: stem(lower), surface, position });
  }
  return terms;
}

export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { key } of contentTerms(text)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0, normA = 0, normB = 0;
  for (const [key, count] of a) {
    normA += count * count;
    dot += count * (b.get(key) ?? 0);
  }
  for (const count of b.values()) normB += count * count;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
