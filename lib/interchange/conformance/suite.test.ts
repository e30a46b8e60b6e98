import { describe, expect, it } from "vitest";
import { parseAiken } from "../aiken/parse";
import { parseGift } from "../gift/parse";
import { emptyResult } from "../model";
import { listFixtureCases, passed, reportLine, runFixture, summaryLine, type FixtureSource } from "./suite";
import type { DocumentedDifference } from "./types";

/** A fixtures directory in memory, laid out as Moodle's is. */
function memorySource(files: Record<string, string>): FixtureSource {
  return {
    listFiles: (directory) =>
      Object.keys(files)
        .filter((path) => path.startsWith(directory) && !path.slice(directory.length).includes("/"))
        .map((path) => path.slice(directory.length)),
    listDirectories: (directory) => [
      ...new Set(
        Object.keys(files)
          .filter((path) => path.startsWith(directory) && path.slice(directory.length).includes("/"))
          .map((path) => path.slice(directory.length).split("/")[0]!),
      ),
    ],
    readBytes: (path) => (path in files ? new TextEncoder().encode(files[path]) : undefined),
  };
}

const expected = (...questions: object[]) => JSON.stringify({ questions });
const tf = { qtype: "truefalse", name: "Q", questiontext: "Is NATO 75?", generalfeedback: "", correctanswer: 1, feedbacktrue: { text: "" }, feedbackfalse: { text: "" } };

const source = memorySource({
  "gift/a.txt": "::Q::Is NATO 75?{T}",
  "gift/b.txt": "::Q::Is NATO 75?{F}",
  "gift/c.txt": "::Q::Is NATO 75?{F}",
  "gift/from_unit_tests/test_export_x.expected.gift": "::Q::Exported.{}",
  "aiken/d.txt": "Where is SHAPE?\nA) Mons\nB) Paris\nANSWER: A",
  "expected_parse/moodle-gift/a.txt.json": expected(tf),
  "expected_parse/moodle-gift/b.txt.json": expected(tf),
  "expected_parse/moodle-gift/c.txt.json": expected(tf),
  "expected_parse/moodle-aiken/d.txt.json": expected({ ...tf, qtype: "multichoice" }),
});

const documented: DocumentedDifference = {
  fixture: "gift/c.txt",
  question: "Q",
  field: "answers",
  moodle: "true",
  ours: "false",
  reason: "moodle_changes_answer",
  why: "test",
};
const parsers = { gift: parseGift, aiken: parseAiken, xml: () => emptyResult("moodle_xml") };
const run = () => listFixtureCases(source).map((fixtureCase) => runFixture(fixtureCase, source, parsers, { gift: [documented], xml: [], aiken: [] }));

describe("the conformance suite", () => {
  it("finds every fixture and where Moodle's parse of it would be", () => {
    expect(listFixtureCases(source).map((fixtureCase) => [fixtureCase.fixture, fixtureCase.expected])).toEqual([
      ["gift/a.txt", "expected_parse/moodle-gift/a.txt.json"],
      ["gift/b.txt", "expected_parse/moodle-gift/b.txt.json"],
      ["gift/c.txt", "expected_parse/moodle-gift/c.txt.json"],
      ["gift/from_unit_tests/test_export_x.expected.gift", "expected_parse/moodle-gift-from_unit_tests/test_export_x.expected.gift.json"],
      ["aiken/d.txt", "expected_parse/moodle-aiken/d.txt.json"],
    ]);
  });

  it("reports matched, documented, undocumented and parsed fixtures, one line each", () => {
    const lines = run().map(reportLine);
    expect(lines[0]).toBe("matched       gift/a.txt");
    expect(lines[1]).toBe('UNDOCUMENTED  gift/b.txt: Q answers: Moodle ["true"], ours ["false"]');
    expect(lines[2]).toBe("documented    gift/c.txt: 1 difference(s): Q answers (moodle_changes_answer)");
    expect(lines[3]).toMatch(/^parsed {8}gift\/from_unit_tests\/test_export_x\.expected\.gift: no Moodle parse to compare; 1 question/);
    expect(lines[4]).toMatch(/^UNDOCUMENTED {2}aiken\/d\.txt: .*Q type: Moodle "multiple_response", ours "single_choice"$/);
  });

  it("sums up in the last line and fails on anything undocumented", () => {
    const reports = run();
    expect(summaryLine(reports)).toBe("fixtures=5 matched=2 differences=1 crashed=0 undocumented=2");
    expect(passed(reports)).toBe(false);
    expect(passed(reports.filter((report) => report.status !== "undocumented"))).toBe(true);
  });

  it("reports a parser that throws as crashed", () => {
    const throwing = { ...parsers, gift: () => { throw new Error("boom"); } };
    const report = runFixture(listFixtureCases(source)[0]!, source, throwing, { gift: [], xml: [], aiken: [] });
    expect(reportLine(report)).toBe("CRASHED       gift/a.txt: boom");
    expect(summaryLine([report])).toBe("fixtures=1 matched=0 differences=0 crashed=1 undocumented=0");
  });
});
