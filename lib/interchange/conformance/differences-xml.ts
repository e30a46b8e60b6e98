import type { DocumentedDifference } from "./types";

/**
 * Where our Moodle XML importer (lib/interchange/moodle-xml) deliberately parts from Moodle's on its
 * fixtures. All of them are question types the engine cannot grade: we list such a question as
 * skipped, with the reason, where Moodle imports it (or, for broken Cloze questions, rejects it).
 */

const cloze = (fixture: string, question: string): DocumentedDifference => ({
  fixture,
  question,
  field: "type",
  moodle: "imports it as an embedded-answer (Cloze, multianswer) question",
  ours: "lists it as skipped (sourceType cloze) with the reason, and imports the file's other questions",
  reason: "unsupported_type",
  why: "The engine has no question made of answer fields embedded in a text; splitting one into separate questions would change how it is graded.",
});

const plugin = (fixture: string, question: string, moodleType: string, what: string): DocumentedDifference => ({
  fixture,
  question,
  field: "type",
  moodle: `imports it as a ${moodleType} question`,
  ours: "lists it as skipped with the reason, and imports the file's other questions",
  reason: "unsupported_type",
  why: `The engine has no ${what} question.`,
});

const description = (fixture: string, question: string): DocumentedDifference => ({
  fixture,
  question,
  field: "type",
  moodle: "imports it as a description (text with nothing to answer, worth 0 marks)",
  ours: "lists it as skipped (sourceType description) with the reason",
  reason: "unsupported_type",
  why: "A Rampart quiz is made of questions only; text between them belongs in the quiz's own description.",
});

export const xmlDifferences: DocumentedDifference[] = [
  {
    fixture: "xml/broken_cloze_questions.xml",
    field: "count",
    moodle: "imports none of the five Cloze questions and reports an error for each (no embedded answer, too few choices, no 100% answer, an answer that is not a number)",
    ours: "imports none either, and lists all five as skipped (sourceType cloze) because Cloze is not supported, without checking their embedded answers",
    reason: "unsupported_type",
    why: "Cloze questions are skipped whether or not they are valid, so the count of items we report (skipped ones included) is five where Moodle's is zero.",
  },
  cloze("xml/multianswer.xml", "cloze with images"),
  cloze("xml/sample_questions_with_old_image_tag.xml", "cloze question with image"),
  cloze("xml/from_unit_tests/test_import_multianswer.input.xml", "Simple multianswer"),
  description("xml/from_unit_tests/test_import_description.input.xml", "A description"),
  description("qtype/description/testquestion.moodle.xml", "description-001"),
  plugin("qtype/ddimageortext/testquestion.moodle.xml", "Imported Drag and drop onto image 001", "drag-and-drop onto image (ddimageortext)", "drag-and-drop onto an image"),
  plugin("qtype/ddmarker/testquestion.moodle.xml", "Milton Keynes landmarks", "drag-and-drop markers (ddmarker)", "drag-and-drop markers"),
  plugin("qtype/ddwtos/testquestion.moodle.xml", "Imported Drag and drop into text 001", "select missing words (gapselect)", "select-missing-words"),
  plugin("qtype/gapselect/testquestion.moodle.xml", "Imported Select missing words 001", "select missing words (gapselect)", "select-missing-words"),
];
