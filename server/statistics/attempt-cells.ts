import { cellSeparator } from "@/db/queries/statistics";

/**
 * Reads the `cells` text of `listSubmittedAttemptCells`, one cell per question separated by
 * U+001F, each `position[@versionId][!how=maxMark]:mark:answer`, in one pass over its characters
 * that makes a string only of the answer: for 500,000 questions, a substring and a `Number()` per
 * field cost more than the statistics themselves.
 */

/** What a cell says beyond its position, mark and answer; absent (null) for nearly every cell. */
export interface CellExtras {
  /** The question's version, when it is not the reference's. */
  versionId: string | null;
  /** How an instructor dropped the question ("full_marks" or "removed") and its max mark. */
  dropped: { how: string; maxMark: number } | null;
}

export type CellVisitor = (position: number, mark: number | null, answer: string, extras: CellExtras | null) => void;

const colon = 0x3a;
const minus = 0x2d;
const dot = 0x2e;
const zero = 0x30;
const nine = 0x39;

export function forEachCell(text: string, visit: CellVisitor): void {
  const end = text.length;
  let at = 0;
  while (at < end) {
    const start = at;
    const position = readNumber(text, at);
    if (Number.isNaN(position)) throw unreadable(text, start);
    at = numberEnd;
    let extras: CellExtras | null = null;
    if (text.charCodeAt(at) !== colon) {
      const headEnd = text.indexOf(":", at);
      if (headEnd === -1) throw unreadable(text, start);
      extras = readExtras(text.slice(at, headEnd));
      at = headEnd;
    }
    at++;
    let mark: number | null = null;
    if (text.charCodeAt(at) === colon) at++;
    else {
      mark = readNumber(text, at);
      if (text.charCodeAt(numberEnd) === colon) at = numberEnd + 1;
      else {
        // Not plain digits (NaN, an exponent): whatever stands before the next colon.
        const markEnd = text.indexOf(":", at);
        if (markEnd === -1) throw unreadable(text, start);
        mark = Number(text.slice(at, markEnd));
        at = markEnd + 1;
      }
    }
    let next = text.indexOf(cellSeparator, at);
    if (next === -1) next = end;
    if (at > next) throw unreadable(text, start);
    visit(position, mark, text.slice(at, next), extras);
    at = next + 1;
  }
}

function unreadable(text: string, start: number): Error {
  const next = text.indexOf(cellSeparator, start);
  return new Error(`unreadable statistics cell: ${text.slice(start, next === -1 ? text.length : next)}`);
}

/** `@versionId`, `!how=maxMark`, or both in that order. */
function readExtras(text: string): CellExtras {
  const bang = text.indexOf("!");
  const versionId = text.startsWith("@") ? text.slice(1, bang === -1 ? text.length : bang) : null;
  if (bang === -1) return { versionId, dropped: null };
  const equals = text.indexOf("=", bang);
  return { versionId, dropped: { how: text.slice(bang + 1, equals), maxMark: Number(text.slice(equals + 1)) } };
}

/** Where the last `readNumber` stopped: a second result without allocating one per number. */
let numberEnd = 0;

/**
 * The number written at `start` as PostgreSQL writes an integer or a numeric (digits with an
 * optional sign and point), read up to the first other character, where `numberEnd` is left;
 * NaN when there are no digits. It is exactly what `Number()` gives: the integer of the digits and
 * a power of ten are both below 2^53, so the one division rounds the true value once, as
 * `Number()` does (more than 15 digits go to `Number()` itself).
 */
export function readNumber(text: string, start: number): number {
  let at = start;
  const negative = text.charCodeAt(at) === minus;
  if (negative) at++;
  let value = 0;
  let digits = 0;
  let decimals = -1;
  for (; ; at++) {
    const code = text.charCodeAt(at);
    if (code >= zero && code <= nine) {
      value = value * 10 + (code - zero);
      digits++;
      if (decimals !== -1) decimals++;
    } else if (code === dot && decimals === -1) decimals = 0;
    else break;
  }
  numberEnd = at;
  if (digits === 0) return Number.NaN;
  if (digits > 15) return Number(text.slice(start, at));
  if (decimals > 0) value /= powersOfTen[decimals]!;
  return negative ? -value : value;
}

const powersOfTen = Array.from({ length: 16 }, (_, k) => 10 ** k);
