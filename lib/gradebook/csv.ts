/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when it
 * holds a comma, a quote, CR or LF, with its quotes doubled. Text that a spreadsheet would run as a
 * formula (starting with =, +, -, @, or a tab or CR that some read past) gets a leading single
 * quote, so a learner named "=HYPERLINK(…)" stays text. Numbers are written as numbers, so a
 * negative mark is not mistaken for a formula.
 */

export type CsvValue = string | number | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** A file name safe in a Content-Disposition header: letters, digits, dots, dashes and underscores only. */
export function csvFileName(...parts: string[]): string {
  const stem = parts
    .map((part) =>
      part
        .normalize("NFKD")
        .replace(/[^A-Za-z0-9._-]+/g, "-")
        .replace(/^-+|-+$/g, ""),
    )
    .filter(Boolean)
    .join("-");
  return `${stem || "export"}.csv`;
}
