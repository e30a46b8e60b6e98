import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError, loadContent } from "./load";

let copy: string | undefined;
afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = undefined;
});

/** A scratch copy of content/ with one file rewritten. */
function contentWith(file: string, edit: (text: string) => string): string {
  copy = path.join(mkdtempSync(path.join(os.tmpdir(), "rampart-content-")), "content");
  cpSync(path.resolve("content"), copy, { recursive: true });
  const target = path.join(copy, file);
  writeFileSync(target, edit(readFileSync(target, "utf8")));
  return copy;
}

function loadError(dir: string): ContentError {
  try {
    loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error("content loaded without error");
}

describe("loading content reports the file, the field and the problem", () => {
  const bank = "documents/nato-role-post-2024/lessons/02-eastern-flank.questions.yaml";
  const lesson = "documents/nato-role-post-2024/lessons/02-eastern-flank.md";

  it("an unknown difficulty in a question", () => {
    const error = loadError(contentWith(bank, (text) => text.replace(/difficulty: \d/, "difficulty: 7")));
    expect(error.file).toBe(`content/${bank}`);
    expect(error.problems.join("\n")).toMatch(/^questions\.0\.difficulty: /m);
  });

  it("too many objectives in a lesson", () => {
    const error = loadError(
      contentWith(lesson, (text) => text.replace("objectives:\n", "objectives:\n  - One more\n  - And another\n  - And a third\n")),
    );
    expect(error.file).toBe(`content/${lesson}`);
    expect(error.problems).toContain("objectives: needs 3 to 5 objectives");
  });

  it("broken YAML", () => {
    const error = loadError(contentWith(bank, (text) => `${text}\n  - : [unclosed`));
    expect(error.message).toMatch(/02-eastern-flank\.questions\.yaml:\n {2}YAML: /);
  });

  it("a lesson without its question bank", () => {
    const dir = contentWith(lesson, (text) => text);
    rmSync(path.join(dir, bank));
    expect(loadError(dir).problems).toEqual(["missing: every lesson needs a question bank beside it"]);
  });
});
