import type { Byline } from "./types";

/**
 * Author and date lines at the head of an article. They are furniture in the body of a lesson but
 * worth keeping as metadata, so they are returned apart instead of being thrown away.
 */

const month = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const datePattern = new RegExp(
  [
    `\\d{1,2}(?:st|nd|rd|th)?\\s+${month},?\\s+\\d{4}`,
    `${month}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
    "\\d{4}-\\d{2}-\\d{2}",
    "\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}",
  ].join("|"),
  "i",
);
const weekday = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+/i;
const dateLead = /^(?:published|posted|updated|last updated|first published|date)(?:\s+on)?\s*:?\s+/i;
const authorLead = /^(?:by|words by|written by|author)\s*:?\s+/i;
const readingTime = /\b\d+\s*(?:-\s*)?min(?:ute)?s?\s+read\b/gi;
const separators = /\s*[|•·–—]\s*|,\s+(?=(?:published|updated|posted)\b)/i;

/** The date in a line that is only a date (with optional "Published", weekday and time). */
function dateOnly(line: string): string | undefined {
  const rest = line.replace(dateLead, "").replace(weekday, "").trim();
  const match = datePattern.exec(rest);
  if (!match || match.index !== 0) return undefined;
  const after = rest.slice(match[0].length).trim();
  return /^(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?)?$/i.test(after) ? match[0] : undefined;
}

/** Reads a byline such as "By Jane Doe | 3 March 2025 | 6 min read"; undefined when it is not one. */
export function parseByline(line: string): Byline | undefined {
  const text = line.replace(readingTime, "").replace(/[|•·\s]+$/, "").trim();
  if (text.length === 0 || text.split(/\s+/).length > 16) return undefined;

  const date = dateOnly(text);
  if (date) return { date };
  if (!authorLead.test(text)) return undefined;

  const parts = text.replace(authorLead, "").split(separators).map((part) => part.trim()).filter(Boolean);
  const [author, ...rest] = parts;
  // An author is a name: a few capitalised words, perhaps joined by "and".
  if (!author || !/^\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:and\s+|&\s+)?(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|da|di|la|le|bin|al-\p{L}+)){0,6}$/u.test(author)) {
    return undefined;
  }
  const datePart = rest.map((part) => dateOnly(part) ?? datePattern.exec(part)?.[0]).find(Boolean);
  return datePart ? { author, date: datePart } : { author };
}

