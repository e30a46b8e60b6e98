/**
 * Originality rule for the repository: no run of `n` (8) or more consecutive words of a source
 * document may appear in any file. Lessons retell the sources in the project's own words; only the
 * documents' titles and the author's attribution may be quoted, so their n-grams are allowed.
 *
 * Mirrors shared/hooks/originality.py word for word, so both give the same verdicts.
 */

export interface SharedRun {
  /** The file, as given by the caller. */
  path: string;
  /** Length of the maximal shared run, in words. */
  words: number;
  /** The run itself, normalised (lower case, single spaces). */
  run: string;
}

export interface OriginalityInput {
  sources: readonly string[];
  files: readonly { path: string; text: string }[];
  n?: number;
  /** Texts that may be quoted (titles, attributions); their n-grams are not counted. */
  allow?: readonly string[];
}

/**
 * Words as the check compares them: lower case, punctuation dropped. Curly apostrophes become
 * straight ones first so "Putin’s" and "Putin's" both give "putin", "s" — typography must not
 * hide a copied sentence. Only ASCII letters and digits count, exactly as the Python `[a-z0-9]+`.
 */
export function words(text: string): string[] {
  const folded = text.replace(/[\u2018\u2019]/g, "'").toLowerCase();
  return folded.match(/[a-z0-9]+/g) ?? [];
}

// Words are [a-z0-9]+, so joining with a space is an unambiguous key for a tuple of words.
function gram(ws: readonly string[], start: number, n: number): string {
  return ws.slice(start, start + n).join(" ");
}

function ngrams(ws: readonly string[], n: number): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) grams.add(gram(ws, i, n));
  return grams;
}

export function findSharedRuns({ sources, files, n = 8, allow = [] }: OriginalityInput): SharedRun[] {
  const source = new Set<string>();
  for (const text of sources) for (const g of ngrams(words(text), n)) source.add(g);
  // Removing the allowed n-grams from the source set (rather than skipping matches in the files)
  // is what the Python does: a title quoted inside a longer copied run still breaks the run there.
  for (const text of allow) for (const g of ngrams(words(text), n)) source.delete(g);

  const runs: SharedRun[] = [];
  for (const file of files) {
    const ws = words(file.text);
    let i = 0;
    while (i + n <= ws.length) {
      if (!source.has(gram(ws, i, n))) {
        i++;
        continue;
      }
      // Extend while the n-gram ending at the next word is still shared: one report per maximal
      // run, with its full length, instead of one per overlapping n-gram.
      let j = i + n;
      while (j < ws.length && source.has(gram(ws, j - n + 1, n))) j++;
      runs.push({ path: file.path, words: j - i, run: ws.slice(i, j).join(" ") });
      i = j;
    }
  }
  return runs;
}
