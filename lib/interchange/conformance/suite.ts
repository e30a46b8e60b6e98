import { decodeQuestionFile } from "../decode";
import type { ParseResult } from "../model";
import { judgeFixture, type FieldDifference, type FixtureVerdict, type MoodleExpectedParse } from "./compare";
import type { DocumentedDifference } from "./types";

/**
 * The conformance suite over Moodle's fixtures, without touching the disk itself: the caller hands
 * in a way to list and read files (relative to the fixtures directory) and the parsers, so the
 * runner script and the vitest suite run exactly the same checks.
 *
 * Every file in `gift/`, `xml/` and `aiken/` and their `from_unit_tests/` is a fixture, and so is
 * each question type's sample in `qtype/<type>/`. One with
 * Moodle's parse in `expected_parse/moodle-<format>[-from_unit_tests]/<file>.json` is compared
 * field by field. One without (Moodle's export outputs, a few unit-test inputs, and the
 * windows-1252 GIFT file, which Moodle refuses outright) is still parsed and must not crash: it is
 * reported as "parsed".
 */

export const fixtureFormats = ["gift", "xml", "aiken"] as const;
export type FixtureFormat = (typeof fixtureFormats)[number];

export interface FixtureSource {
  /** File names (not folders) directly inside `directory`; empty when it does not exist. */
  listFiles(directory: string): string[];
  /** Folder names directly inside `directory`; empty when it does not exist. */
  listDirectories(directory: string): string[];
  /** The file's bytes, or undefined when it does not exist. */
  readBytes(path: string): Uint8Array | undefined;
}

export interface FixtureCase {
  fixture: string;
  format: FixtureFormat;
  expected: string;
}

export type Parsers = Record<FixtureFormat, (text: string) => ParseResult>;
export type Documented = Record<FixtureFormat, readonly DocumentedDifference[]>;

export type FixtureReport =
  | { fixture: string; status: "matched" | "documented" | "undocumented"; verdict: FixtureVerdict }
  | { fixture: string; status: "parsed"; result: ParseResult }
  | { fixture: string; status: "crashed"; error: string };

export function listFixtureCases(source: FixtureSource): FixtureCase[] {
  return [...formatFolderCases(source), ...questionTypeCases(source)];
}

/**
 * Moodle's sample file per question type (`qtype/<type>/`), in Moodle XML or GIFT, compared with
 * `expected_parse/moodle-qtype/<type>__<file>.json`.
 */
function questionTypeCases(source: FixtureSource): FixtureCase[] {
  return source
    .listDirectories("qtype/")
    .sort()
    .flatMap((type) =>
      source
        .listFiles(`qtype/${type}/`)
        .sort()
        .flatMap((file): FixtureCase[] => {
          const format = file.endsWith(".xml") ? "xml" : file.endsWith(".gift.txt") ? "gift" : null;
          return format ? [{ fixture: `qtype/${type}/${file}`, format, expected: `expected_parse/moodle-qtype/${type}__${file}.json` }] : [];
        }),
    );
}

function formatFolderCases(source: FixtureSource): FixtureCase[] {
  return fixtureFormats.flatMap((format) =>
    ["", "from_unit_tests/"].flatMap((sub) =>
      source
        .listFiles(`${format}/${sub}`)
        .sort()
        .map((file) => ({
          fixture: `${format}/${sub}${file}`,
          format,
          expected: `expected_parse/moodle-${format}${sub ? "-from_unit_tests" : ""}/${file}.json`,
        })),
    ),
  );
}

export function runFixture(fixtureCase: FixtureCase, source: FixtureSource, parsers: Parsers, documented: Documented): FixtureReport {
  const { fixture, format } = fixtureCase;
  let result: ParseResult;
  try {
    result = parsers[format](decodeQuestionFile(source.readBytes(fixture) ?? new Uint8Array()));
  } catch (error) {
    return { fixture, status: "crashed", error: error instanceof Error ? error.message : String(error) };
  }
  const expectedBytes = source.readBytes(fixtureCase.expected);
  if (!expectedBytes) return { fixture, status: "parsed", result };
  const expected = JSON.parse(new TextDecoder().decode(expectedBytes)) as MoodleExpectedParse;
  const verdict = judgeFixture(fixture, result, expected, documented[format]);
  return { fixture, status: verdict.status, verdict };
}

const describeDifference = (difference: FieldDifference) =>
  `${difference.question ?? "(file)"} ${difference.field}: Moodle ${difference.moodle}, ours ${difference.ours}`;

/** One line per fixture, for people reading the runner's output. */
export function reportLine(report: FixtureReport): string {
  switch (report.status) {
    case "matched":
      return `matched       ${report.fixture}`;
    case "documented": {
      const reasons = report.verdict.documented.map(({ difference, entry }) => `${difference.question ?? "(file)"} ${difference.field} (${entry.reason})`);
      return `documented    ${report.fixture}: ${reasons.length} difference(s): ${reasons.join("; ")}`;
    }
    case "undocumented":
      return `UNDOCUMENTED  ${report.fixture}: ${report.verdict.undocumented.map(describeDifference).join("; ")}`;
    case "parsed": {
      const { questions, skipped, problems } = report.result;
      return `parsed        ${report.fixture}: no Moodle parse to compare; ${questions.length} question(s), ${skipped.length} skipped, ${problems.length} problem(s)`;
    }
    case "crashed":
      return `CRASHED       ${report.fixture}: ${report.error}`;
  }
}

/**
 * The last line. A fixture that is only parsed counts as matched (it met the one check it has);
 * `differences` counts fixtures whose differences are all documented.
 */
export function summaryLine(reports: readonly FixtureReport[]): string {
  const count = (...statuses: FixtureReport["status"][]) => reports.filter((report) => statuses.includes(report.status)).length;
  return `fixtures=${reports.length} matched=${count("matched", "parsed")} differences=${count("documented")} crashed=${count("crashed")} undocumented=${count("undocumented")}`;
}

export const passed = (reports: readonly FixtureReport[]) => reports.every((report) => report.status !== "crashed" && report.status !== "undocumented");
