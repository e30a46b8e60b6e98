import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseAiken } from "../lib/interchange/aiken/parse";
import { aikenDifferences } from "../lib/interchange/conformance/differences-aiken";
import { giftDifferences } from "../lib/interchange/conformance/differences-gift";
import { xmlDifferences } from "../lib/interchange/conformance/differences-xml";
import { listFixtureCases, passed, reportLine, runFixture, summaryLine, type FixtureSource } from "../lib/interchange/conformance/suite";
import { parseGift } from "../lib/interchange/gift/parse";
import { parseMoodleXml } from "../lib/interchange/moodle-xml/parse";

/**
 * Moodle conformance: `npm run test:conformance -- <fixtures dir>` (e.g. ../shared/fixtures/moodle).
 *
 * Parses every GIFT, Moodle XML and Aiken fixture (each format's folder and its from_unit_tests/),
 * and compares each with Moodle's own parse in expected_parse/ on name, type, text, answers,
 * fractions, feedback and tolerance (see lib/interchange/conformance). Prints one line per fixture:
 *   matched       the same on every compared field
 *   documented    differs only where lib/interchange/conformance/differences-*.ts says so, with why
 *   UNDOCUMENTED  differs elsewhere: the fields are listed
 *   parsed        no Moodle parse exists to compare with, so the check is that it parses without a
 *                 crash: Moodle's export outputs (test_export_*.expected.* and Aiken's export
 *                 samples, which the unit tests compare as text, never import), the XML unit-test
 *                 inputs whose tests check draft files or hints rather than a parse, and the
 *                 windows-1252 GIFT file (Moodle refuses it as not UTF-8; we decode it, see
 *                 lib/interchange/decode.ts)
 *   CRASHED       the parser threw
 * and last `fixtures=N matched=N differences=N crashed=N undocumented=N`, where matched includes the
 * parsed-only fixtures and differences counts fixtures with documented differences only. Exits 1
 * if anything crashed or differs without documentation.
 */

const directory = process.argv[2];
if (!directory || !existsSync(directory)) {
  console.error("Usage: npm run test:conformance -- <Moodle fixtures directory>");
  process.exit(2);
}

const source: FixtureSource = {
  listFiles: (folder) => {
    const full = path.join(directory, folder);
    if (!existsSync(full)) return [];
    return readdirSync(full).filter((name) => statSync(path.join(full, name)).isFile());
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
const reports = listFixtureCases(source).map((fixtureCase) => runFixture(fixtureCase, source, parsers, documented));
for (const report of reports) console.log(reportLine(report));
console.log(summaryLine(reports));
process.exit(passed(reports) ? 0 : 1);
