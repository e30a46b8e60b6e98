import { contentTerms } from "./terms";

/**
 * Titles for sections the segmenter made: "Part 2: Arms control, verification and treaties".
 * The words are the section's most distinctive terms (frequent in it, rare in the other sections,
 * i.e. tf-idf over sections); a two-word phrase that recurs is preferred to its single words.
 * A title made this way is a placeholder the instructor is expected to rewrite, so it says
 * plainly what it is: a part number and what the part is about.
 */

interface Candidate {
  key: string;
  surfaces: Map<string, number>;
  count: number;
}

function candidates(text: string): Map<string, Candidate> {
  const found = new Map<string, Candidate>();
  const note = (key: string, surface: string) => {
    const candidate = found.get(key) ?? { key, surfaces: new Map(), count: 0 };
    candidate.count++;
    candidate.surfaces.set(surface, (candidate.surfaces.get(surface) ?? 0) + 1);
    found.set(key, candidate);
  };
  // Phrases do not run across sentences.
  for (const sentence of text.split(/[.!?;:]\s+/)) {
    const terms = contentTerms(sentence);
    // A capital opening a sentence says nothing about the word; one inside a sentence marks a name.
    const written = (term: (typeof terms)[number]) => (term.position === 0 && !/\p{Lu}.*\p{Lu}/u.test(term.surface) ? term.surface.toLowerCase() : term.surface);
    for (const [index, term] of terms.entries()) {
      note(term.key, written(term));
      const next = terms[index + 1];
      if (next && next.position === term.position + 1) note(`${term.key} ${next.key}`, `${written(term)} ${next.surface}`);
    }
  }
  return found;
}

/** The way the text usually writes a term: "NATO", "Russia", but "deterrence". */
function display(candidate: Candidate): string {
  return [...candidate.surfaces].sort((a, b) => b[1] - a[1])[0]![0];
}

function listOf(words: readonly string[]): string {
  const sentence = words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
  return sentence.replace(/^\p{Ll}/u, (first) => first.toUpperCase());
}

/** Up to `limit` distinctive terms for each of the texts, ranked among all of them. */
export function salientTerms(texts: readonly string[], limit = 3): string[][] {
  const perText = texts.map(candidates);
  const documentFrequency = new Map<string, number>();
  for (const found of perText) for (const key of found.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);

  return perText.map((found) => {
    const scored = [...found.values()]
      .filter((candidate) => !candidate.key.includes(" ") || candidate.count >= 2)
      .map((candidate) => {
        const idf = Math.log(1 + texts.length / documentFrequency.get(candidate.key)!);
        const phraseBonus = candidate.key.includes(" ") ? 1.5 : 1;
        return { candidate, score: candidate.count * idf * phraseBonus };
      })
      .sort((a, b) => b.score - a.score || a.candidate.key.localeCompare(b.candidate.key));
    const chosen: Candidate[] = [];
    for (const { candidate } of scored) {
      if (chosen.length >= limit) break;
      const words = candidate.key.split(" ");
      if (chosen.some((taken) => taken.key.split(" ").some((word) => words.includes(word)))) continue;
      chosen.push(candidate);
    }
    return chosen.map(display);
  });
}

export function partTitles(texts: readonly string[]): string[] {
  return salientTerms(texts).map((terms, index) => (terms.length > 0 ? `Part ${index + 1}: ${listOf(terms)}` : `Part ${index + 1}`));
}
