import { describe, expect, it } from "vitest";
import { findSharedRuns, words } from "./originality";

// Invented text only: nothing here comes from the real source documents.
const source =
  "The Harbour Review of Lighthouses. Keepers on the northern coast trimmed their lamps twice every night " +
  "during the long winter storms. Supply boats arrived only when the sea allowed a safe landing.";
const title = "The Harbour Review of Lighthouses and Distant Signal Towers";

const check = (text: string, options: { n?: number; allow?: string[]; sources?: string[] } = {}) =>
  findSharedRuns({ sources: options.sources ?? [source], files: [{ path: "lesson.md", text }], ...options });

describe("words", () => {
  it("lower-cases, drops punctuation and straightens curly apostrophes", () => {
    expect(words("The Keeper’s LAMP—trimmed, twice!")).toEqual(["the", "keeper", "s", "lamp", "trimmed", "twice"]);
    expect(words("The Keeper's lamp")).toEqual(words("the keeper’s   lamp"));
  });
});

describe("findSharedRuns", () => {
  it("finds a sentence pasted from a source", () => {
    const runs = check("As the lesson says, keepers on the northern coast trimmed their lamps twice every night.");
    expect(runs).toHaveLength(1);
    expect(runs[0]?.path).toBe("lesson.md");
    expect(runs[0]?.run).toBe("keepers on the northern coast trimmed their lamps twice every night");
  });

  it("folds case, punctuation and curly quotes before comparing", () => {
    const runs = check("KEEPERS, on the Northern Coast; trimmed — their ‘lamps’ twice every night!");
    expect(runs.map((run) => run.words)).toEqual([11]);
  });

  it("reports each maximal run once, with its full length", () => {
    const runs = check(
      "Intro words here. Keepers on the northern coast trimmed their lamps twice every night during the long " +
        "winter storms. Then something else entirely.",
    );
    expect(runs).toEqual([
      {
        path: "lesson.md",
        words: 16,
        run: "keepers on the northern coast trimmed their lamps twice every night during the long winter storms",
      },
    ]);
  });

  it("ignores an allow-listed title", () => {
    const quoted = "Read The Harbour Review of Lighthouses and Distant Signal Towers first.";
    const sources = [`${title}. ${source}`];
    expect(check(quoted, { sources })).toHaveLength(1);
    expect(check(quoted, { sources, allow: [title] })).toEqual([]);
  });

  it("passes a paraphrase", () => {
    expect(check("In winter gales the northern keepers tended each lamp two times a night.")).toEqual([]);
  });

  it("lets a 7-word run through at n=8 and catches it at n=7", () => {
    const sevenWords = "Note: keepers on the northern coast trimmed their wicks.";
    expect(check(sevenWords)).toEqual([]);
    expect(check(sevenWords, { n: 7 })).toHaveLength(1);
  });
});
