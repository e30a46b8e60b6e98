import { questionSchema, type Question } from "../../questions/types";
import type { InterchangeQuestion, ParseProblem, SkippedQuestion } from "../model";
import { cleanName, FieldError, textOf } from "./fields";
import { importMultichoice, importMultichoiceSet, importTrueFalse } from "./import-choice";
import { readCommon, type Common } from "./import-common";
import { importEssay, importMatching, importOrdering } from "./import-structured";
import { importNumerical, importShortAnswer } from "./import-typed";
import type { XmlElement } from "./xml-tree";

/** What became of one `<question>`: imported (perhaps with warnings), skipped as unsupported, or rejected. */
export type Outcome =
  | { kind: "question"; question: Omit<InterchangeQuestion, "category">; problems: ParseProblem[] }
  | { kind: "skipped"; skipped: SkippedQuestion }
  | { kind: "rejected"; problem: ParseProblem };

const importers = new Map<string, (common: Common) => Question>(Object.entries({
  multichoice: importMultichoice,
  multichoiceset: importMultichoiceSet,
  truefalse: importTrueFalse,
  shortanswer: importShortAnswer,
  numerical: importNumerical,
  matching: importMatching,
  match: importMatching,
  ordering: importOrdering,
  essay: importEssay,
}));

/** Why a type Moodle (or one of its plugins) knows is not imported, in an instructor's words. */
const unsupported = new Map<string, string>(Object.entries({
  description: "it is a description (text shown between questions, with nothing to answer), which Rampart quizzes do not have",
  cloze: "embedded-answer (Cloze) questions are not supported",
  multianswer: "embedded-answer (Cloze) questions are not supported",
  calculated: "calculated questions (answers computed from random values) are not supported",
  calculatedsimple: "calculated questions (answers computed from random values) are not supported",
  calculatedmulti: "calculated multiple-choice questions are not supported",
  ddwtos: "drag-and-drop into text questions are not supported",
  gapselect: "select-missing-words questions are not supported",
  ddmarker: "drag-and-drop markers questions are not supported",
  ddimageortext: "drag-and-drop onto image questions are not supported",
  random: "random questions are drawn from a Moodle category when a quiz starts; there is nothing to import",
  randomsamatch: "random short-answer matching questions are drawn from a Moodle category; there is nothing to import",
}));

export function importQuestion(element: XmlElement): Outcome {
  const type = (element.attributes.type ?? "").trim();
  let common: Common | undefined;
  try {
    common = readCommon(element);
    const importer = importers.get(type);
    if (!importer) return skip(element, common.name, type);
    if (common.stem.trim() === "") throw new FieldError("it has no question text");
    const built = importer(common);
    const parsed = questionSchema.safeParse(built);
    if (!parsed.success) throw new FieldError(`it cannot be used as written (${describeIssue(parsed.error.issues[0])})`);
    return {
      kind: "question",
      question: {
        name: common.name,
        ...(common.idNumber === undefined ? {} : { idNumber: common.idNumber }),
        tags: common.tags,
        textFormat: common.textFormat,
        ...(common.defaultMark === undefined ? {} : { defaultMark: common.defaultMark }),
        line: element.line,
        question: parsed.data,
      },
      problems: notesOf(common),
    };
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    const name = common?.name ?? nameForMessages(element);
    return { kind: "rejected", problem: { line: element.line, message: `${subject(name)} was not imported: ${error.message}.` } };
  }
}

/** The question's name for a message, when reading the rest of it failed. */
function nameForMessages(element: XmlElement): string | undefined {
  try {
    const name = cleanName(textOf(element, "name") ?? "");
    return name === "" ? undefined : name;
  } catch {
    return undefined;
  }
}

function skip(element: XmlElement, name: string, type: string): Outcome {
  const reason = unsupported.get(type) ?? (type === "" ? "the question does not say its type" : `Rampart does not know the question type "${type}"`);
  return { kind: "skipped", skipped: { line: element.line, ...(name === "" ? {} : { name }), sourceType: type, reason } };
}

function notesOf(common: Common): ParseProblem[] {
  const notes = common.named ? common.notes : ["it has no name, so it was named after its text", ...common.notes];
  return notes.map((note) => ({ line: common.element.line, message: `${subject(common.name)}: ${note}.` }));
}

function subject(name: string | undefined): string {
  return name ? `Question '${name}'` : "A question";
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return "the question is incomplete";
  const where = issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ` : "";
  return `${where}${issue.message}`;
}
