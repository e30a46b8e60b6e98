import type { InterchangeQuestion } from "../model";
import { formatAttribute, nameFromText } from "./fields";
import { typeBody } from "./write-types";
import { cdataOrText, escapeText } from "./xml-escape";

/**
 * Moodle XML export in the shape of Moodle's own exporter, so Moodle imports it and so does
 * `parseMoodleXml`, giving back the same questions. A category entry is written whenever the
 * category changes. What Moodle XML cannot say is left out: a rubric (Moodle's essay has none),
 * option keys and item ids (the importer derives them again), and a return to "no category" after a
 * question that had one (Moodle keeps the category in force, and so does our importer).
 */
export function writeMoodleXml(questions: readonly InterchangeQuestion[]): string {
  const blocks: string[] = [];
  let category: string | undefined;
  questions.forEach((question, index) => {
    if (question.category !== undefined && question.category !== category) {
      category = question.category;
      blocks.push(categoryBlock(category));
    }
    blocks.push(questionBlock(question, index + 1));
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${blocks.join("\n")}</quiz>\n`;
}

function categoryBlock(path: string): string {
  return [
    "<!-- question: 0  -->",
    '  <question type="category">',
    "    <category>",
    `      <text>${cdataOrText(path)}</text>`,
    "    </category>",
    '    <info format="moodle_auto_format">',
    "      <text></text>",
    "    </info>",
    "  </question>",
    "",
  ].join("\n");
}

function questionBlock(item: InterchangeQuestion, position: number): string {
  const format = formatAttribute[item.textFormat];
  const { qtype, lines } = typeBody(item.question, format);
  const tags = item.tags.length === 0 ? [] : ["    <tags>", ...item.tags.map((tag) => `      <tag><text>${cdataOrText(tag)}</text></tag>`), "    </tags>"];
  return [
    // Moodle numbers questions by database id here; a file of ours has none, so its position stands in.
    `<!-- question: ${position}  -->`,
    `  <question type="${qtype}">`,
    "    <name>",
    `      <text>${cdataOrText(item.name || nameFromText(item.question.stem) || `Question ${position}`)}</text>`,
    "    </name>",
    `    <questiontext format="${format}">`,
    `      <text>${cdataOrText(item.question.stem)}</text>`,
    "    </questiontext>",
    `    <generalfeedback format="${format}">`,
    `      <text>${cdataOrText(item.question.explanation)}</text>`,
    "    </generalfeedback>",
    ...(item.defaultMark === undefined ? [] : [`    <defaultgrade>${item.defaultMark}</defaultgrade>`]),
    "    <hidden>0</hidden>",
    `    <idnumber>${escapeText(item.idNumber ?? "")}</idnumber>`,
    ...lines,
    ...tags,
    "  </question>",
    "",
  ].join("\n");
}
