import path from "node:path";
import { describe, expect, it } from "vitest";
import { bankRules, checkContent } from "./checks";
import { loadContent } from "./load";

const documents = loadContent(path.resolve("content"));

describe("course content", () => {
  it("meets every editorial rule", () => {
    expect(checkContent(documents)).toEqual([]);
  });

  it("has 9 lessons for the review and at least 5 for the opinion piece", () => {
    const [review, opinion] = documents;
    expect(review?.id).toBe("nato-role-post-2024");
    expect(review?.lessons).toHaveLength(9);
    expect(opinion?.lessons.length).toBeGreaterThanOrEqual(5);
  });

  it("gives every bank enough questions of enough types", () => {
    for (const lesson of documents.flatMap((document) => document.lessons)) {
      expect(lesson.questions.length, lesson.file).toBeGreaterThanOrEqual(bankRules.minQuestionsShortSection);
      expect(new Set(lesson.questions.map((question) => question.type)).size, lesson.file).toBeGreaterThanOrEqual(5);
    }
  });
});
