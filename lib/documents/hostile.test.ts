import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importDocument, type ImportResult } from "./import-document";
import { documentFormats } from "./types";

/**
 * Property: whatever is thrown at the importer, in any format, it returns a result (never throws)
 * and every string in it is inert plain text.
 */

const fragments = [
  "<script>", "</script>", "<SCRIPT src=//x>", "<scr", "ipt>", "<p>", "</p>", "<h2>", "</h2>", "<b>", "</b>",
  "<img src=x onerror=", "<a href='javascript:", "javascript:", "JaVaScRiPt :", "vbscript:", "<svg onload=", "<iframe>",
  "<style>", "</style>", "<!--", "-->", "<![CDATA[", "]]>", "&lt;", "&gt;", "&#60;", "&#x3C;", "&amp;lt;", "&#0000060;",
  "<", ">", "'", '"', "\n", "\n\n", "# ", "## ", "* ", "[x](", ")", "`", "\u202E", "\u200B", "\u0000",
  "NATO ", "deterrence ", "The alliance met. ", "BACKGROUND ", "Share this", "3 comments",
];

const document = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(""));

function strings(result: ImportResult): string[] {
  if (!result.ok) return [result.message];
  return [result.title, ...Object.values(result.byline ?? {}), ...result.sections.flatMap((s) => [s.title, ...s.paragraphs]), ...result.removed, ...result.warnings];
}

describe("importDocument on hostile input", () => {
  it.each(documentFormats)("returns only inert plain text from %s", (format) => {
    fc.assert(
      fc.property(document, (text) => {
        for (const line of strings(importDocument({ text, format }))) {
          expect(line).not.toMatch(/<\/?[a-z!?]/i);
          expect(line).not.toMatch(/(?:java|vb)script\s*:/i);
          expect(line).not.toMatch(/[\u0000-\u0008\u200B\u202A-\u202E]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
