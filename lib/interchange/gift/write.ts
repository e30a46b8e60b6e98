import type { InterchangeQuestion } from "../model";
import { answerBlock } from "./write-question";
import { escapeGift, oneLine, writeField } from "./write-text";

/** A question GIFT cannot hold, or a setting it cannot carry, by question name. */
export interface GiftExportNote {
  name: string;
  message: string;
}

export interface GiftExport {
  text: string;
  /** Questions left out of the file (each also named in a comment line where it would have been). */
  skipped: GiftExportNote[];
  /** Settings written questions lost because GIFT has no way to say them. */
  lost: GiftExportNote[];
}

/**
 * Writes questions as GIFT that `parseGift` (and Moodle) read back as the same questions: names,
 * types, text and its format, answers, fractions, feedback, tolerances, general feedback, ID
 * numbers, tags (one `// [tag:…]` comment line each) and categories (a `$CATEGORY:` line whenever
 * it changes). Special characters are escaped as Moodle escapes them.
 *
 * What GIFT cannot say is reported, never silently changed:
 * - `skipped`: questions left out, each replaced by a `// … was left out: <reason>` comment line:
 *   ordering questions (standard GIFT has none; Moodle's ordering type has its own `{>…}`
 *   syntax, which we neither read nor write), single choice with no 100% answer, matching
 *   with fewer than two entries or a prompt containing `->`, short answers containing `->`.
 * - `lost`: settings a written question loses (case sensitivity, unit, all-or-nothing, shuffling
 *   turned off, rubric, model answer, default mark, and tags or an ID number GIFT cannot spell).
 * Also, by GIFT's nature: text is trimmed, names are cleaned as Moodle cleans them (tags stripped,
 * at most 255 characters), carriage returns are dropped, and a question without a category that
 * follows one with a category lands in that category.
 */
export function exportGift(questions: InterchangeQuestion[]): GiftExport {
  const result: GiftExport = { text: "", skipped: [], lost: [] };
  const blocks: string[] = [];
  let category: string | undefined;
  for (const item of questions) {
    const written = answerBlock(item.question, item.textFormat);
    if ("unwritable" in written) {
      result.skipped.push({ name: item.name, message: written.unwritable });
      blocks.push(`// "${oneLine(item.name)}" (${item.question.type}) was left out: ${written.unwritable}\n`);
      continue;
    }
    if (item.category !== undefined && item.category !== category) {
      category = item.category;
      blocks.push(`$CATEGORY: ${categoryPath(category)}\n`);
    }
    result.lost.push(...lostSettings(item).map((message) => ({ name: item.name, message })));
    const comments = [
      ...(item.idNumber && writableId(item.idNumber) ? [`// [id:${marker(item.idNumber)}]`] : []),
      ...item.tags.filter(writableTag).map((tag) => `// [tag:${marker(tag)}]`),
    ];
    const stem = writeField(item.question.stem, item.textFormat, "moodle");
    blocks.push([...comments, `::${escapeGift(item.name)}::${stem}${written.block}`].map((line) => `${line}\n`).join(""));
  }
  result.text = blocks.join("\n");
  return result;
}

/** The GIFT text alone; see `exportGift` for what cannot be written and how that is reported. */
export function writeGift(questions: InterchangeQuestion[]): string {
  return exportGift(questions).text;
}

/**
 * Moodle reads the category line raw apart from its escapes, which it leaves unresolved in the
 * path (`\:` stays a placeholder), so only the backslash and a newline are escaped.
 */
const categoryPath = (path: string) => path.replace(/[\\\n\r]/g, (char) => (char === "\\" ? "\\\\" : char === "\n" ? "\\n" : ""));

const marker = (text: string) => text.replaceAll("]", "\\]");

const writableId = (id: string) => id.trim() !== "" && !/[\x00-\x1f\x7f]/.test(id) && !id.includes("[tag:");

/**
 * Moodle reads a tag up to `]`, without `<`, `>`, a backquote or control characters, and finds
 * `[id:` and `[tag:` anywhere in the comments, so neither may hold the other's opener.
 */
const writableTag = (tag: string) => tag.trim() !== "" && !/[<>`\x00-\x1f\x7f]/.test(tag) && !tag.includes("[id:");

function lostSettings(item: InterchangeQuestion): string[] {
  const question = item.question;
  const lost: string[] = [];
  if (item.defaultMark !== undefined && item.defaultMark !== 1) lost.push(`default mark ${item.defaultMark} (GIFT questions are worth 1)`);
  if (item.idNumber && !writableId(item.idNumber)) lost.push(`ID number ${JSON.stringify(item.idNumber)}`);
  const unwritableTags = item.tags.filter((tag) => !writableTag(tag));
  if (unwritableTags.length > 0) lost.push(`tags ${unwritableTags.map((tag) => JSON.stringify(tag)).join(", ")}`);
  if (question.type === "short_answer" && question.caseSensitive) lost.push("case-sensitive matching");
  if (question.type === "numerical" && question.unit) lost.push(`unit "${question.unit}"`);
  if (question.type === "multiple_response" && question.allOrNothing) lost.push("all-or-nothing grading");
  if ("shuffle" in question && question.shuffle === false) lost.push("fixed answer order (Moodle shuffles GIFT answers)");
  if (question.type === "essay" && question.rubric) lost.push("rubric");
  if (question.type === "essay" && question.modelAnswer) lost.push("model answer");
  return lost;
}
