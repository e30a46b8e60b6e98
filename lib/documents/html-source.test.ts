import { describe, expect, it } from "vitest";
import { parseHtml } from "./html-source";
import type { Block } from "./types";

const text = (blocks: readonly Block[]) => blocks.map((block) => (block.kind === "heading" ? `#${block.level} ${block.text}` : block.lines.join(" / "))).join("\n");

describe("parseHtml", () => {
  it("keeps headings, paragraphs, list items and quotes; decodes entities", () => {
    const parsed = parseHtml("<h1>Deterrence &amp; Denial</h1><p>One <em>two</em>&nbsp;three</p><ul><li>first</li><li>second</li></ul><blockquote>Quoted</blockquote><h3>Sub</h3>");
    expect(text(parsed.blocks)).toBe("#1 Deterrence & Denial\nOne two three\nfirst\nsecond\nQuoted\n#3 Sub");
    expect(parsed.blocks[2]).toMatchObject({ item: true });
  });

  it("splits lines at <br> so a furniture line inside a paragraph can be dropped", () => {
    expect(parseHtml("<p>Line one<br>Share this</p>").blocks).toEqual([{ kind: "lines", lines: ["Line one", "Share this"], item: false, join: "always" }]);
  });

  it("reads a short block that is all bold as a heading", () => {
    const parsed = parseHtml("<div><b>Background</b></div><div>The treaty was <b>signed</b> in 1987.</div><p><strong>Collapse</strong></p><ul><li><b>Bold item</b></li></ul>");
    expect(text(parsed.blocks)).toBe("#3 Background\nThe treaty was signed in 1987.\n#3 Collapse\nBold item");
  });

  it("ends a paragraph at two <br> in a row, as old pages write them", () => {
    expect(text(parseHtml("<div>First one.<br><br>Second one.<br>\n <br/>Third<br>line.</div>").blocks)).toBe("First one.\nSecond one.\nThird / line.");
  });

  it("drops script, style, noscript, iframe, template and svg with their content", () => {
    const parsed = parseHtml("<p>Keep</p><script>var x = '<p>no</p>'</script><style>p{}</style><noscript><p>no</p></noscript><iframe>no</iframe><template><p>no</p></template><svg><text>no</text></svg><p>Also</p>");
    expect(text(parsed.blocks)).toBe("Keep\nAlso");
    expect(parsed.removed).toEqual([]);
  });

  it("drops nav, header, footer, aside, form and button and lists their text", () => {
    const parsed = parseHtml("<nav>Home News</nav><header>Site name</header><p>Body text</p><aside>Related</aside><form><button>Go</button></form><footer>© 2025</footer>");
    expect(text(parsed.blocks)).toBe("Body text");
    expect(parsed.removed).toEqual(["Home News", "Site name", "Related", "Go", "© 2025"]);
  });

  it("keeps the <h1> of a page header, and reads the byline marked in it", () => {
    const parsed = parseHtml('<header><h1>The Title</h1><p class="byline">Jane Doe</p><time>3 May 2025</time></header><p>Body.</p>');
    expect(text(parsed.blocks)).toBe("#1 The Title\nBody.");
    expect(parsed.bylineHints).toEqual(["By Jane Doe", "3 May 2025"]);
  });

  it("reads only <main> when there is one, and drops elements named as furniture", () => {
    const parsed = parseHtml('<div>Outside</div><main><p>Inside text that matters here.</p><div class="social-share">Share</div><div role="navigation">Menu</div></main>');
    expect(text(parsed.blocks)).toBe("Inside text that matters here.");
  });

  it("falls back to the whole page when a furniture class held the article", () => {
    const article = "Deterrence depends on credibility and capability. ".repeat(10);
    const parsed = parseHtml(`<div class="article has-share"><p>${article}</p></div><p>Short.</p>`);
    expect(text(parsed.blocks)).toContain("Deterrence depends");
    expect(parsed.warnings?.[0]).toMatch(/kept/);
  });

  it("uses the longest part of <title> as the title hint", () => {
    expect(parseHtml("<title>Arms Control After New START | The Review</title><p>x</p>").titleHint).toBe("Arms Control After New START");
  });
});

describe("parseHtml with hostile input", () => {
  const hostile = (html: string) => JSON.stringify(parseHtml(html));

  it("never carries attributes: event handlers, javascript: links and styles vanish", () => {
    const out = hostile(`<p onclick="alert(1)" style="background:url(javascript:alert(2))">Text <a href="javascript:alert(3)">link</a><img src=x onerror="alert(4)"></p>`);
    expect(out).toContain("Text link");
    expect(out).not.toMatch(/alert|javascript|onerror|onclick|background/);
  });

  it("skips hidden elements", () => {
    expect(hostile('<p>Seen</p><div hidden>spam</div><span style="display: none">spam</span><p aria-hidden="true">spam</p>')).not.toContain("spam");
  });

  it("skips an unclosed script to the end, in any letter case", () => {
    expect(hostile("<p>Before</p><SCRIPT>alert(1)<p>after</p>")).not.toMatch(/alert|after/);
  });

  it("does not let a split tag name smuggle text out", () => {
    expect(hostile("<p>Ok <scr<script>ipt>alert(1)</script></p><p>Next</p>")).not.toMatch(/alert|<script/);
    expect(hostile("<p>Next</p>")).toContain("Next");
  });

  it("leaves entity-encoded markup as text for the final pass to remove", () => {
    const parsed = parseHtml("<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p>");
    expect(parsed.blocks).toEqual([{ kind: "lines", lines: ["a <script>alert(1)</script> b"], item: false, join: "always" }]);
  });

  it("reads nesting as deep as real pages use", () => {
    const deep = `${"<div>".repeat(1500)}<p>Bottom</p>${"</div>".repeat(1500)}`;
    expect(text(parseHtml(deep).blocks)).toBe("Bottom");
  });

  it("stops quickly, with a warning, at hostile nesting depth", () => {
    const started = performance.now();
    const parsed = parseHtml(`<p>Top</p>${"<b>".repeat(300_000)}`);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(text(parsed.blocks)).toBe("Top");
    expect(parsed.warnings?.[0]).toMatch(/nested more than 2000 deep/);
  });
});
