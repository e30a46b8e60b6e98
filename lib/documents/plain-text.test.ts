import { describe, expect, it } from "vitest";
import { countWords, decodeEntities, excerpt, normaliseInput, toPlainText } from "./plain-text";

describe("normaliseInput", () => {
  it("unifies line ends, removes invisible and control characters and trailing spaces", () => {
    expect(normaliseInput("NA\u200BTO\r\nline two   \rthree\u0007")).toBe("NATO\nline two\nthree");
  });

  it("removes bidirectional overrides that could reorder what a reader sees", () => {
    expect(normaliseInput("safe \u202Etxt.exe\u202C text")).toBe("safe txt.exe text");
  });

  it("turns non-breaking and other odd spaces into plain spaces", () => {
    expect(normaliseInput("2\u00A0%\tof\u2009GDP")).toBe("2 % of GDP");
  });
});

describe("decodeEntities", () => {
  it("decodes named and numeric references without reading tags", () => {
    expect(decodeEntities("Arms &amp; influence &#8212; &lt;b&gt; <i>x</i>")).toBe("Arms & influence — <b> <i>x</i>");
  });
});

describe("toPlainText", () => {
  it("removes tags and script content, leaving the words around them", () => {
    expect(toPlainText("Deterrence <b>works</b> <script>alert(1)</script>sometimes")).toBe("Deterrence works sometimes");
  });

  it("leaves no space where an inline tag stood, and a space for a block tag", () => {
    expect(toPlainText("made it <span style='x'>predictable</span>. Next<p>para</p>")).toBe("made it predictable. Next para");
  });

  it("treats markup spelled with entities, once or twice, as markup", () => {
    expect(toPlainText("a &lt;script&gt;alert(1)&lt;/script&gt; b")).toBe("a b");
    expect(toPlainText("a &amp;lt;img src=x onerror=alert(1)&amp;gt; b")).toBe("a b");
    expect(toPlainText("a &#60;iframe src=x&#62;&#x3C;/iframe&#x3E; b")).toBe("a b");
    // As in a browser, an unclosed script-like element runs to the end.
    expect(toPlainText("a &lt;script&gt;alert(1) b")).toBe("a");
  });

  it("removes invisible characters spelled as character references", () => {
    expect(toPlainText(decodeEntities("NA&#8203;TO &#x202E;txt&#1;"))).toBe("NATO txt");
  });

  it("drops script and data URLs", () => {
    expect(toPlainText("see javascript:alert(document.cookie) and data:text/html;base64,PHNjcmlwdD4= now")).toBe("see and now");
  });

  it("never leaves a '<' that could open a tag", () => {
    expect(toPlainText("an unclosed <script src=x")).not.toMatch(/<[a-z]/i);
  });

  it("keeps ordinary text with symbols", () => {
    expect(toPlainText("Spending rose > 2% while 3 < 4 & R&D grew")).toBe("Spending rose > 2% while 3 < 4 & R&D grew");
  });
});

describe("countWords and excerpt", () => {
  it("counts words, not punctuation", () => {
    expect(countWords("NATO’s 32 members — and 2% of GDP.")).toBe(7);
  });

  it("shortens long text with an ellipsis", () => {
    expect(excerpt("word ".repeat(50), 20)).toMatch(/^(word ){3}word…$/);
    expect(excerpt("  short  text ")).toBe("short text");
  });
});
