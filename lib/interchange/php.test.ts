import { cpuTimed } from "../testing/cpu-time";
import { describe, expect, it } from "vitest";
import { cleanQuestionName, defaultQuestionName, escapeHtmlNoQuotes, isPhpNumeric, phpEmpty, phpTrim, stripTags } from "./php";
import { shortenText } from "./shorten-text";

describe("PHP string functions as Moodle's importers use them", () => {
  it("trims only PHP's whitespace", () => {
    expect(phpTrim("\t NATO \r\n\0")).toBe("NATO");
    expect(phpTrim("\u00a0NATO\u00a0")).toBe("\u00a0NATO\u00a0");
  });

  it("counts '' and '0' as empty", () => {
    expect([phpEmpty(""), phpEmpty("0"), phpEmpty("00"), phpEmpty(" ")]).toEqual([true, true, false, false]);
  });

  it("knows PHP 8's numeric strings", () => {
    expect(["42", "-3.5", ".5", "5.", "1e3", " 7 ", "+2"].every(isPhpNumeric)).toBe(true);
    expect(["", "abc", "1..5", "0x1A", "1,000", "Infinity", "--5"].some(isPhpNumeric)).toBe(false);
  });

  it("escapes &, < and > but not quotes", () => {
    expect(escapeHtmlNoQuotes(`"A&B" <x>`)).toBe(`"A&amp;B" &lt;x&gt;`);
  });

  it("strips tags, comments and an unclosed tag, but keeps a < before a space and a lone >", () => {
    expect(stripTags("<p class='a>b'>Deterrence</p> <!-- note --> works")).toBe("Deterrence  works");
    expect(stripTags("x < y and y > z")).toBe("x < y and y > z");
    expect(stripTags("cut <b here")).toBe("cut ");
  });
});

describe("shortenText", () => {
  it("keeps text within the limit whole", () => {
    expect(shortenText("Collective defence", 80)).toBe("Collective defence");
  });

  it("cuts at the last space or full stop before the limit and adds ...", () => {
    expect(shortenText("Escalation dominance rests on options at every rung of the ladder", 30)).toBe("Escalation dominance rests ...");
  });

  it("does not count tags, counts an entity as one character and closes open tags", () => {
    // Moodle never looks at the run's first character for a break, so it cuts mid-word here.
    expect(shortenText("<b>Arms &amp; control</b> treaties of the late Cold War era", 20)).toBe("<b>Arms &amp; control</b> tr...");
    expect(shortenText("<i>Flexible response replaced massive retaliation</i>", 20)).toBe("<i>Flexible response...</i>");
  });

  it("cuts mid-word when there is no space at all", () => {
    expect(shortenText("Supercalifragilisticexpialidocious", 10)).toBe("Superca...");
  });

  it("takes linear time on a long run of unclosed tags", () => {
    expect(cpuTimed(() => shortenText("<".repeat(200_000), 80)).ms).toBeLessThan(1000);
  });
});

describe("question names", () => {
  it("cleans a given name: tags stripped, trimmed, at most 255 characters", () => {
    expect(cleanQuestionName("  <b>Deterrence</b>  ")).toBe("Deterrence");
    expect(Array.from(cleanQuestionName("word ".repeat(80))).length).toBeLessThanOrEqual(255);
  });

  it("names an unnamed question after its text, or 'Question name' when that is empty", () => {
    expect(defaultQuestionName("<p>What is <i>hybrid</i> warfare?</p>")).toBe("What is hybrid warfare?");
    expect(defaultQuestionName("<img src='map.png'>")).toBe("Question name");
  });
});
