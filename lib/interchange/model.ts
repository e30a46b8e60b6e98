import type { Question } from "../questions";

/**
 * What an importer makes of a question file (GIFT, Moodle XML, Aiken) and what an exporter writes
 * from: the engine's own `Question` (so an imported question grades exactly as one we wrote), plus
 * what a question bank keeps beside it. Parsers are pure: text in, `ParseResult` out, never a throw
 * for bad input (a problem is reported with its line instead).
 */

export type InterchangeFormat = "gift" | "moodle_xml" | "aiken";

/** Moodle's text formats: FORMAT_MOODLE = 0, FORMAT_HTML = 1, FORMAT_PLAIN = 2, FORMAT_MARKDOWN = 4. */
export type TextFormat = "moodle" | "html" | "plain" | "markdown";

export interface InterchangeQuestion {
  /** Moodle's question name (GIFT `::name::`, XML `<name>`); importers fill one in as Moodle does when absent. */
  name: string;
  /** Moodle's ID number, when the file gives one. */
  idNumber?: string;
  /** The category path in effect for this question (`$course$/top/...` as the file wrote it), if any. */
  category?: string;
  tags: string[];
  /** The format of the question text and feedback as the file declares it. */
  textFormat: TextFormat;
  /** Moodle's default mark for the question, when the file gives one. */
  defaultMark?: number;
  /** 1-based line in the file where the question starts: previews and problems point at it. */
  line: number;
  /** stem = question text, explanation = general feedback; fractions and feedback per answer. */
  question: Question;
}

/** A question the file holds in a type we do not support (calculated, cloze, drag and drop, …). */
export interface SkippedQuestion {
  line: number;
  name?: string;
  /** The type as the file names it (Moodle's qtype, or GIFT's construct). */
  sourceType: string;
  reason: string;
}

/** Something wrong in the file, in words an instructor can act on. */
export interface ParseProblem {
  line: number;
  message: string;
}

export interface ParseResult {
  format: InterchangeFormat;
  questions: InterchangeQuestion[];
  skipped: SkippedQuestion[];
  problems: ParseProblem[];
  /** Every category the file declares, in file order (Moodle XML and GIFT `$CATEGORY:`). */
  categories: string[];
}

export function emptyResult(format: InterchangeFormat): ParseResult {
  return { format, questions: [], skipped: [], problems: [], categories: [] };
}
