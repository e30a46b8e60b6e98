import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatFromFileName, importDocument, type ImportedDocument } from "./import-document";

/**
 * The committed documents in tests/fixtures/documents, each with `<name>.expected.json`: the title,
 * each section's title and the first words of its first paragraph, and text that must not survive.
 */

const directory = fileURLToPath(new URL("../../tests/fixtures/documents", import.meta.url));

const expectedSchema = z.object({
  title: z.string(),
  byline: z.object({ author: z.string().optional(), date: z.string().optional() }).optional(),
  /** The document has no headings: section titles are generated "Part N: …". */
  generatedSections: z.boolean().default(false),
  sections: z.array(z.object({ title: z.string(), firstWords: z.string().min(8) })).min(1),
  absent: z.array(z.string().min(1)),
});

const fixtures = readdirSync(directory)
  .filter((name) => !name.endsWith(".json"))
  .map((name) => ({
    name,
    text: readFileSync(path.join(directory, name), "utf8"),
    expected: expectedSchema.parse(JSON.parse(readFileSync(path.join(directory, `${name.replace(/\.[a-z]+$/, "")}.expected.json`), "utf8"))),
  }));

function everyString(document: ImportedDocument): string[] {
  return [document.title, ...Object.values(document.byline ?? {}), ...document.sections.flatMap((section) => [section.title, ...section.paragraphs])];
}

describe("imported fixtures", () => {
  it("has at least eight documents in all three formats", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    expect(new Set(fixtures.map((fixture) => formatFromFileName(fixture.name)))).toEqual(new Set(["markdown", "text", "html"]));
  });

  describe.each(fixtures)("$name", ({ name, text, expected }) => {
    const format = formatFromFileName(name)!;
    const result = importDocument({ text, format, fileName: name });
    if (!result.ok) throw new Error(`${name}: ${result.message}`);

    it("finds the title and byline", () => {
      expect(result.title).toBe(expected.title);
      if (expected.byline) expect(result.byline).toEqual(expected.byline);
    });

    it("puts every section boundary within one paragraph of the expected one", () => {
      const paragraphs = result.sections.flatMap((section) => section.paragraphs);
      const actualStarts = result.sections.map((_, index) => result.sections.slice(0, index).reduce((sum, section) => sum + section.paragraphs.length, 0));
      const expectedStarts = expected.sections.map((section) => paragraphs.findIndex((paragraph) => paragraph.startsWith(section.firstWords)));
      expect(expectedStarts, "every expected first paragraph is in the output").not.toContain(-1);
      expect(result.sections).toHaveLength(expected.sections.length);
      for (const [index, start] of expectedStarts.entries()) {
        expect(Math.abs(actualStarts[index]! - start), `section ${index + 1} starts at paragraph ${actualStarts[index]}, expected ${start}`).toBeLessThanOrEqual(1);
      }
    });

    it("titles the sections", () => {
      for (const [index, section] of result.sections.entries()) {
        if (expected.generatedSections) expect(section.title).toMatch(new RegExp(`^Part ${index + 1}: \\S`));
        else expect(section.title).toBe(expected.sections[index]!.title);
      }
    });

    it("leaves no furniture, markup or script in the output", () => {
      const output = everyString(result);
      for (const fragment of expected.absent) {
        expect(output.filter((line) => line.includes(fragment)), `“${fragment}” was left in`).toEqual([]);
      }
      // Whatever a <script> in the source says, none of it comes out.
      const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)(?:<\/script\s*>|$)/gi)].map((match) => match[1]!.trim()).filter(Boolean);
      for (const script of scripts) {
        const opening = script.slice(0, 24);
        expect(output.filter((line) => line.includes(opening)), `script “${opening}” leaked`).toEqual([]);
      }
      for (const line of [...output, ...result.removed]) {
        expect(line).not.toMatch(/<\/?[a-z!]/i);
        expect(line).not.toMatch(/javascript\s*:/i);
      }
    });
  });
});
