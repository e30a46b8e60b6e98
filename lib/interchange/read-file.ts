import { parseAiken } from "./aiken/parse";
import { parseGift } from "./gift/parse";
import { emptyResult, type InterchangeFormat, type ParseResult } from "./model";
import { parseMoodleXml } from "./moodle-xml/parse";

/** The largest question file we read: a bank of several thousand questions, well below what would strain the server. */
export const maxQuestionFileBytes = 2 * 1024 * 1024;

export const formatLabels: Record<InterchangeFormat, string> = { gift: "GIFT", moodle_xml: "Moodle XML", aiken: "Aiken" };

/**
 * The format of a question file, from its name and then its first lines: XML starts with a tag;
 * Aiken is lettered options followed by an "ANSWER:" line and has no GIFT braces.
 */
export function detectFormat(fileName: string, text: string): InterchangeFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith(".xml")) return "moodle_xml";
  if (name.endsWith(".gift")) return "gift";
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("<")) return "moodle_xml";
  if (/^ANSWER\s*:\s*[A-Z]\s*$/m.test(text) && /^[A-Z][.)]\s+\S/m.test(text) && !/[{}]/.test(text)) return "aiken";
  return "gift";
}

/** Parses a question file; a parser failure becomes a problem on line 1 instead of an error page. */
export function readQuestionFile(format: InterchangeFormat, text: string): ParseResult {
  try {
    switch (format) {
      case "gift":
        return parseGift(text);
      case "moodle_xml":
        return parseMoodleXml(text);
      case "aiken":
        return parseAiken(text);
    }
  } catch (error) {
    console.error(error);
    return { ...emptyResult(format), problems: [{ line: 1, message: "This file could not be read as a whole. Check that it is a GIFT, Moodle XML or Aiken file." }] };
  }
}
