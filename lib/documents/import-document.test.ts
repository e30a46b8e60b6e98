import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_CHARACTERS, formatFromFileName, importDocument, importDocumentInputSchema, type ImportResult } from "./import-document";

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

const allText = (result: ImportResult) => JSON.stringify(ok(result));

describe("importDocument limits and failures", () => {
  it("refuses a document over the size limit with a message for the instructor", () => {
    const result = importDocument({ text: "a".repeat(MAX_DOCUMENT_CHARACTERS + 1), format: "text" });
    expect(result).toEqual({ ok: false, reason: "too-large", message: expect.stringMatching(/1,000,001 characters; the limit is 1,000,000/) });
  });

  it("accepts a document exactly at the limit", () => {
    const text = `Title\n\n${"Deterrence holds. ".repeat(MAX_DOCUMENT_CHARACTERS / 18)}`.slice(0, MAX_DOCUMENT_CHARACTERS);
    expect(importDocument({ text, format: "text" }).ok).toBe(true);
  });

  it("refuses a document with no readable text", () => {
    for (const [text, format] of [["", "text"], ["   \n\n  ", "markdown"], ["<script>alert(1)</script><nav>Home</nav>", "html"], ["Share this\nAdvertisement", "text"]] as const) {
      expect(importDocument({ text, format })).toMatchObject({ ok: false, reason: "no-text" });
    }
  });

  it("refuses an unknown format passed from untyped code", () => {
    expect(importDocument({ text: "x", format: "pdf" as "text" })).toMatchObject({ ok: false, reason: "unknown-format" });
  });

  it("offers a schema for the form that will call it", () => {
    expect(importDocumentInputSchema.safeParse({ text: "x", format: "html" }).success).toBe(true);
    expect(importDocumentInputSchema.safeParse({ text: "x", format: "docx" }).success).toBe(false);
  });
});

describe("importDocument", () => {
  it("imports Markdown into title, sections, byline, removed furniture and warnings", () => {
    const result = ok(importDocument({ text: "# Deterrence\n\nBy Ana Silva\n\n## Origins\n\nIt began early.\n\nShare this\n\n## Today\n\nIt goes on.", format: "markdown" }));
    expect(result).toEqual({
      ok: true,
      title: "Deterrence",
      byline: { author: "Ana Silva" },
      sections: [
        { title: "Origins", paragraphs: ["It began early."], generated: false },
        { title: "Today", paragraphs: ["It goes on."], generated: false },
      ],
      removed: ["By Ana Silva", "Share this"],
      warnings: [],
    });
  });

  it("takes the title from the file name when the text has none", () => {
    const result = ok(importDocument({ text: "This is a full sentence of body text.", format: "text", fileName: "cyber-norms.txt" }));
    expect(result.title).toBe("Cyber norms");
    expect(result.warnings).toContain("No title found in the document; the file name is used.");
  });

  it("returns plain text from hostile Markdown and plain text too", () => {
    const markdown = "# T <img src=x onerror=alert(1)>\n\nText <script>alert(2)</script> [x](javascript:alert(3)) &lt;script&gt;alert(4)&lt;/script&gt; end.";
    const text = "Title\n\nBody <iframe src=javascript:alert(5)></iframe> with <b onclick=alert(6)>bold</b> words.";
    for (const output of [allText(importDocument({ text: markdown, format: "markdown" })), allText(importDocument({ text, format: "text" }))]) {
      expect(output).not.toMatch(/alert|javascript|onerror|onclick|<[a-z]/i);
    }
  });

  it("strips invisible characters from every format", () => {
    const result = ok(importDocument({ text: "<h1>NA\u200BTO</h1><p>Al\u202Elies</p>", format: "html" }));
    expect(result.title).toBe("NATO");
    expect(result.sections[0]?.paragraphs).toEqual(["Allies"]);
  });

  // The bounds are loose on purpose: they catch quadratic behaviour (minutes), not a slow machine.
  it("imports a large messy page quickly", () => {
    const paragraph = (i: number) => `<p>Allied planners argue about reinforcement, logistics and air defence, case ${i}.</p><div class='share'>Share</div>`;
    const section = (s: number) => `<h2>Part ${s}</h2>${Array.from({ length: 20 }, (_, i) => paragraph(s * 20 + i)).join("")}`;
    const html = `<title>Big</title>${Array.from({ length: 300 }, (_, s) => section(s)).join("")}`;
    expect(html.length).toBeGreaterThan(MAX_DOCUMENT_CHARACTERS / 2);
    const started = performance.now();
    const result = ok(importDocument({ text: html, format: "html" }));
    expect(result.sections).toHaveLength(300);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("segments a long text without headings quickly", () => {
    const text = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i} discusses topic${i % 37} and theme${i % 11} at modest length for reading.`).join("\n\n");
    const started = performance.now();
    expect(ok(importDocument({ text, format: "text" })).sections.length).toBeGreaterThan(1);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe("formatFromFileName", () => {
  it("maps the usual extensions", () => {
    expect(["a.md", "b.MARKDOWN", "c.htm", "d.html", "e.txt", "f.docx"].map(formatFromFileName)).toEqual(["markdown", "markdown", "html", "html", "text", undefined]);
  });
});
