import { describe, expect, it } from "vitest";
import { htmlToPlainText, plainTextOf } from "./plain-text";

describe("htmlToPlainText", () => {
  it("keeps the words and the paragraph breaks, and decodes entities", () => {
    expect(htmlToPlainText("<p>Article&nbsp;5 &amp; the <b>Washington</b> Treaty</p><p>Second   paragraph</p>")).toBe("Article 5 & the Washington Treaty\n\nSecond paragraph");
    expect(htmlToPlainText("<ul><li>Land</li><li>Sea</li></ul>")).toBe("• Land\n\n• Sea");
  });

  it("drops scripts, styles, event handlers and javascript links, keeping only text", () => {
    const text = htmlToPlainText(`<p onclick="alert(1)">Hi<script>alert("x")</script><style>p{}</style><a href="javascript:alert(2)">link</a><img src=x onerror="alert(3)" alt="Map of the Baltic"></p><iframe src="https://evil.test">inner</iframe>`);
    expect(text).toBe("Hilink[image: Map of the Baltic]");
    expect(text).not.toMatch(/alert|script|onerror|javascript/);
  });

  it("does not treat entity-encoded markup as markup", () => {
    expect(htmlToPlainText("&lt;script&gt;alert(1)&lt;/script&gt;")).toBe("<script>alert(1)</script>");
  });
});

describe("plainTextOf", () => {
  it("converts only formats that may hold markup", () => {
    expect(plainTextOf("<p>x</p>", "html")).toBe("x");
    expect(plainTextOf("a < b and <p>", "plain")).toBe("a < b and <p>");
    expect(plainTextOf("Use **bold**", "markdown")).toBe("Use **bold**");
  });
});
