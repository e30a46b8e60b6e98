import { z } from "zod";
import { parseCsv, type CsvRecord } from "./csv";

/** Turning what an instructor pastes or uploads into a list of people to invite. */

export const inviteLimits = { rows: 500, bytes: 100 * 1024 } as const;

export interface Invitee {
  line: number;
  email: string;
  /** From "Name <email>", a name column or a name beside the address; null when none was given. */
  name: string | null;
}

export interface ListProblem {
  line: number;
  text: string;
  reason: "invalid" | "duplicate";
}

export interface ParsedList {
  invitees: Invitee[];
  problems: ListProblem[];
}

/** The list as a whole cannot be read (too big, too long, or no address column); its message is for the user. */
export class InviteListError extends Error {}

const emailCheck = z.string().max(254).email();

export function normaliseEmail(candidate: string): string | null {
  const email = candidate.trim().replace(/^mailto:/i, "").toLowerCase();
  return emailCheck.safeParse(email).success ? email : null;
}

function cleanName(name: string): string | null {
  const cleaned = name.trim().replace(/^["']+|["']+$/g, "").replace(/\s+/g, " ").trim().slice(0, 100);
  return cleaned === "" ? null : cleaned;
}

/** One piece of a pasted list: "a@b.org", "Name <a@b.org>" or "\"Name\" <a@b.org>". */
function readPiece(piece: string): { email: string | null; name: string | null } {
  const angled = /^(.*)<([^<>]+)>\s*$/.exec(piece);
  if (angled) return { email: normaliseEmail(angled[2]!), name: cleanName(angled[1]!) };
  return { email: normaliseEmail(piece), name: null };
}

function checkSize(text: string) {
  if (new TextEncoder().encode(text).length > inviteLimits.bytes) {
    throw new InviteListError(`The list is larger than ${inviteLimits.bytes / 1024} KB. Split it into smaller lists.`);
  }
}

function checkRows(count: number) {
  if (count > inviteLimits.rows) {
    throw new InviteListError(`The list has ${count} addresses; at most ${inviteLimits.rows} can be invited at once. Split it into smaller lists.`);
  }
}

/** Collects invitees, reporting invalid addresses and repeats by line (the first occurrence wins). */
class Collector {
  private seen = new Set<string>();
  readonly result: ParsedList = { invitees: [], problems: [] };

  add(line: number, text: string, email: string | null, name: string | null) {
    if (!email) this.result.problems.push({ line, text, reason: "invalid" });
    else if (this.seen.has(email)) this.result.problems.push({ line, text, reason: "duplicate" });
    else {
      this.seen.add(email);
      this.result.invitees.push({ line, email, name });
    }
  }
}

/**
 * Pasted text: addresses one per line or separated by commas or semicolons, each bare or as
 * "Name <address>"; a line of two pieces where only one is an address ("Jane Doe, jane@x.org",
 * or a spreadsheet row pasted with a tab) takes the other piece as the name.
 */
export function parsePastedList(text: string): ParsedList {
  checkSize(text);
  const collector = new Collector();
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n|\r/)
    .forEach((raw, index) => {
      const pieces = raw.split(/[,;\t]/).map((piece) => piece.trim()).filter(Boolean);
      const withAt = pieces.filter((piece) => piece.includes("@"));
      if (pieces.length === 2 && withAt.length === 1 && !/[<>]/.test(withAt[0]!)) {
        const other = pieces.find((piece) => !piece.includes("@"))!;
        collector.add(index + 1, raw.trim(), normaliseEmail(withAt[0]!), cleanName(other));
        return;
      }
      for (const piece of pieces) {
        const { email, name } = readPiece(piece);
        collector.add(index + 1, piece, email, name);
      }
    });
  checkRows(collector.result.invitees.length + collector.result.problems.length);
  return collector.result;
}

const emailHeader = /^(e-?mail|e-?mail ?address|email-adresse|courriel|mail)$/i;
const nameHeader = /^(full ?name|name|student( name)?|learner( name)?|display ?name)$/i;
const firstHeader = /^(first ?name|given ?name|forename)$/i;
const lastHeader = /^(last ?name|surname|family ?name)$/i;

function findColumn(header: string[], pattern: RegExp) {
  const index = header.findIndex((cell) => pattern.test(cell.trim()));
  return index < 0 ? undefined : index;
}

/**
 * A CSV file: the email column is the one headed like "Email", or else the one whose first row
 * holds an address (then there is no header row). A name comes from a "Name" column, or
 * "First name" and "Last name" together.
 */
export function parseCsvList(text: string): ParsedList {
  checkSize(text);
  const records = parseCsv(text);
  const collector = new Collector();
  if (records.length === 0) return collector.result;
  const header = records[0]!.cells;
  let emailColumn = findColumn(header, emailHeader);
  let body: CsvRecord[] = records.slice(1);
  if (emailColumn === undefined) {
    const byContent = header.findIndex((cell) => normaliseEmail(cell) !== null);
    if (byContent >= 0) {
      emailColumn = byContent;
      body = records;
    } else {
      emailColumn = findColumn(header, /mail/i);
      if (emailColumn === undefined) {
        throw new InviteListError("No email column was found. Head the column of addresses “email”, or paste the addresses instead.");
      }
    }
  }
  const nameColumn = body === records ? undefined : findColumn(header, nameHeader);
  const firstColumn = body === records ? undefined : findColumn(header, firstHeader);
  const lastColumn = body === records ? undefined : findColumn(header, lastHeader);
  checkRows(body.length);
  for (const record of body) {
    const raw = record.cells[emailColumn] ?? "";
    const name =
      nameColumn !== undefined
        ? cleanName(record.cells[nameColumn] ?? "")
        : cleanName([firstColumn, lastColumn].map((column) => (column === undefined ? "" : (record.cells[column] ?? ""))).join(" "));
    collector.add(record.line, raw === "" ? record.cells.join(", ") : raw, normaliseEmail(raw), name);
  }
  return collector.result;
}
