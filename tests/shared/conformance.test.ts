import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAiken } from "@/lib/interchange/aiken/parse";
import { aikenDifferences } from "@/lib/interchange/conformance/differences-aiken";
import { giftDifferences } from "@/lib/interchange/conformance/differences-gift";
import { xmlDifferences } from "@/lib/interchange/conformance/differences-xml";
import { listFixtureCases, reportLine, runFixture, type FixtureSource } from "@/lib/interchange/conformance/suite";
import { differenceReasons } from "@/lib/interchange/conformance/types";
import { parseGift } from "@/lib/interchange/gift/parse";
import { parseMoodleXml } from "@/lib/interchange/moodle-xml/parse";

/**
 * Moodle conformance, one test per fixture (the same checks as `npm run test:conformance`): our
 * GIFT, Moodle XML and Aiken parsers against Moodle's own parse of its fixtures, read in place
 * from ../shared/fixtures/moodle (GPL; never copied into this repository).
 */

const directory = path.resolve("..", "shared", "fixtures", "moodle");
if (!existsSync(directory)) throw new Error(`Moodle fixtures not found at ${directory}: the shared checks need ../shared beside the repository`);

const source: FixtureSource = {
  listFiles: (folder) => {
    const full = path.join(directory, folder);
    return existsSync(full) ? readdirSync(full).filter((name) => statSync(path.join(full, name)).isFile()) : [];
  },
  listDirectories: (folder) => {
    const full = path.join(directory, folder);
    return existsSync(full) ? readdirSync(full).filter((name) => statSync(path.join(full, name)).isDirectory()) : [];
  },
  readBytes: (file) => {
    const full = path.join(directory, file);
    return existsSync(full) ? new Uint8Array(readFileSync(full)) : undefined;
  },
};

const parsers = { gift: parseGift, xml: parseMoodleXml, aiken: parseAiken };
const documented = { gift: giftDifferences, xml: xmlDifferences, aiken: aikenDifferences };
const cases = listFixtureCases(source);

describe("Moodle conformance", () => {
  it("covers every GIFT, XML and Aiken fixture", () => {
    for (const format of ["gift", "xml", "aiken"] as const) expect(cases.filter((fixtureCase) => fixtureCase.format === format).length).toBeGreaterThan(1);
  });

  it.each(cases.map((fixtureCase) => [fixtureCase.fixture, fixtureCase] as const))("%s parses as Moodle's importer does, or differs only where documented", (_fixture, fixtureCase) => {
    const report = runFixture(fixtureCase, source, parsers, documented);
    expect(["matched", "documented", "parsed"], reportLine(report)).toContain(report.status);
  });

  it("reports each error Moodle reports on aiken_errors.txt, naming the same lines", () => {
    const moodle = JSON.parse(readFileSync(path.join(directory, "expected_parse/moodle-aiken/aiken_errors.txt.json"), "utf8")) as { errors: string };
    const moodleLines = moodle.errors.split("\n").map((error) => Number(/line (\d+)/.exec(error)?.[1]));
    const ours = parseAiken(readFileSync(path.join(directory, "aiken/aiken_errors.txt"), "utf8")).problems;
    expect(ours).toHaveLength(moodleLines.length);
    moodleLines.forEach((line, index) => expect(ours[index]!.message).toMatch(new RegExp(`\\b[Ll]ine ${line}\\b`)));
  });

  it("documents every difference with an allowed reason, on a fixture that exists", () => {
    for (const entry of [...giftDifferences, ...xmlDifferences, ...aikenDifferences]) {
      expect(differenceReasons).toContain(entry.reason);
      expect(source.readBytes(entry.fixture), entry.fixture).toBeDefined();
    }
  });
});
