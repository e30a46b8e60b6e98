import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Reading Moodle's statistics fixtures where they live, beside the repository in
 * ../shared/fixtures/moodle. They are GPL and are never copied into this repository.
 */

export const moodleFixturesDir = path.resolve("..", "shared", "fixtures", "moodle");

export function fixturePath(...parts: string[]): string {
  const file = path.join(moodleFixturesDir, ...parts);
  if (!existsSync(file)) throw new Error(`Moodle fixture not found at ${file}: the shared checks need ../shared beside the repository`);
  return file;
}

export type CsvRow = Record<string, string>;

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): CsvRow[] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...rows] = records.filter((row) => row.some((cell) => cell.trim() !== ""));
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name.trim(), (row[index] ?? "").trim()])));
}

export function readCsv(...parts: string[]): CsvRow[] {
  return parseCsv(readFileSync(fixturePath(...parts), "utf8"));
}

/** A number written in the fixtures or in STATISTICS.md, where minus signs are sometimes typographic. */
export function parseNumber(text: string): number {
  const value = Number(text.replace("−", "-"));
  if (!Number.isFinite(value)) throw new Error(`not a number: ${text}`);
  return value;
}

/**
 * The quiz-level values Moodle's walk-through 00 asserts, as listed in STATISTICS.md
 * ("* median 4.5", "* mean …" …), and the slot-2 variant counts given there.
 */
export function readWalkthroughQuizExpectations(): { values: Record<string, number>; variantCounts: Record<number, number> } {
  const text = readFileSync(fixturePath("STATISTICS.md"), "utf8");
  const start = text.indexOf("Quiz-level values asserted");
  if (start < 0) throw new Error("STATISTICS.md: no quiz-level values found");
  const section = text.slice(start, text.indexOf("Item-stat tolerance", start));
  const values: Record<string, number> = {};
  for (const match of section.matchAll(/^\s*\*\s+(median|mean|count|SD|skewness|kurtosis|CIC|ER|SE)\s+(\S+)\s*$/gm)) {
    values[match[1]!] = parseNumber(match[2]!);
  }
  const variants = /Variant counts for slot 2: \{([^}]*)\}/.exec(section);
  if (!variants) throw new Error("STATISTICS.md: no variant counts found");
  const variantCounts = Object.fromEntries(
    variants[1]!.split(",").map((pair) => pair.split(":").map((part) => parseNumber(part.trim())) as [number, number]),
  );
  return { values, variantCounts };
}
