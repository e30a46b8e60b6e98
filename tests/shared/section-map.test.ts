import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { countWords, splitParagraphs } from "@/lib/content/paragraphs";
import { repoRoot, sharedSeedsDir } from "@/scripts/repo-files";

const documents = loadContent(path.join(repoRoot, "content"));

describe.each(documents.map((document) => [document.id, document] as const))("section map of %s", (_, document) => {
  const paragraphs = () =>
    splitParagraphs(readFileSync(path.join(sharedSeedsDir(), document.sourceFile), "utf8"), {
      furniture: document.furniture,
      inlineHeadings: document.inlineHeadings,
    });

  it("has the source's paragraph count", () => {
    expect(paragraphs()).toHaveLength(document.paragraphCount);
  });

  it.each(document.sections.map((section) => [section.id, section] as const))(
    "section %s has the source's word count",
    (_, section) => {
      const [from, to] = section.paragraphs;
      expect(countWords(paragraphs().slice(from - 1, to).join(" "))).toBe(section.words);
    },
  );

  it("cites only paragraphs that exist in the source", () => {
    const count = paragraphs().length;
    const outside = document.lessons.flatMap((lesson) =>
      lesson.questions.flatMap((question) =>
        question.paragraphs
          .filter((paragraph) => paragraph < 1 || paragraph > count)
          .map((paragraph) => `${lesson.questionsFile}: ${question.id} cites paragraph ${paragraph} of ${count}`),
      ),
    );
    expect(outside).toEqual([]);
  });

  if (document.id === "nato-escalation-trap") {
    it("drops the article links and splits at the inline heading", () => {
      const found = paragraphs();
      expect(found.filter((p) => p.startsWith("Previous article") || p.startsWith("Next article"))).toEqual([]);
      expect(found.filter((p) => p.includes("WHAT ROLE NATO IS PLAYING"))).toEqual([]);
    });
  }
});

it("finds the course's documents", () => {
  expect(documents.map((document) => document.id)).toContain("nato-escalation-trap");
});
