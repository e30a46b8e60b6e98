import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "./checks";
import { loadContent, type LoadedDocument } from "./load";

function freshCopy(): LoadedDocument[] {
  return structuredClone(loadContent(path.resolve("content")));
}

describe("content checks catch broken banks with a precise message", () => {
  it("a lesson missing for a section", () => {
    const documents = freshCopy();
    documents[0]!.lessons.pop();
    expect(checkContent(documents)).toContainEqual(expect.stringMatching(/section "conclusion" has 0 lessons/));
  });

  it("a citation outside the lesson's section", () => {
    const documents = freshCopy();
    const question = documents[0]!.lessons[0]!.questions[0]!;
    question.paragraphs = [7];
    expect(checkContent(documents)).toContainEqual(expect.stringContaining(`${question.id}: cites paragraph 7, outside its section (1–1)`));
  });

  it("single choice with two keys, duplicate options and duplicate stems", () => {
    const documents = freshCopy();
    const bank = documents.flatMap((d) => d.lessons).flatMap((l) => l.questions);
    const single = bank.find((question) => question.type === "single_choice");
    if (single?.type !== "single_choice") throw new Error("no single-choice question in the content");
    single.options.forEach((option) => (option.correct = true));
    single.options[1]!.text = single.options[0]!.text;
    bank[1]!.stem = bank[0]!.stem;
    const problems = checkContent(documents).join("\n");
    expect(problems).toMatch(new RegExp(`${single.id}: \\d+ keyed options, expected exactly 1`));
    expect(problems).toMatch(new RegExp(`${single.id}: duplicate option text`));
    expect(problems).toMatch(/duplicate stem/);
  });

  it("a lesson shorter than its section and a bank with too few higher-order questions", () => {
    const documents = freshCopy();
    const lesson = documents[1]!.lessons[0]!;
    lesson.body = "Too short.";
    lesson.questions.forEach((question) => (question.level = "remember"));
    const problems = checkContent(documents).join("\n");
    expect(problems).toMatch(/body has 2 words, shorter than its section \(257\)/);
    expect(problems).toMatch(/0 of \d+ questions above "understand"/);
  });
});
