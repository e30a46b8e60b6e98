import { FieldError, fractionFromPercent, numberOf, ownText, roundFraction, textOf, valueOf } from "./fields";
import { childrenNamed, type XmlElement } from "./xml-tree";

/** One `<answer>` as Moodle's importer reads it: trimmed text, feedback, and the grade as a fraction. */
export interface RawAnswer {
  text: string;
  feedback: string;
  fraction: number;
  /** The grade as the file wrote it, for messages. */
  grade: string;
  line: number;
}

/**
 * Every `<answer>` of a question. A missing grade is 0, as in Moodle. A grade that is no number
 * stops Moodle's importer with a PHP error; here it is a problem the instructor can fix.
 */
export function readAnswers(question: XmlElement, { withFractionElement = false } = {}): RawAnswer[] {
  return childrenNamed(question, "answer").map((answer) => {
    const grade = answer.attributes.fraction ?? "0";
    const percent = numberOf(grade);
    if (percent === null) throw new FieldError(`the answer on line ${answer.line} has the grade "${grade}", which is not a number`);
    // Old numerical files give the fraction itself in a <fraction> element, which then wins.
    const legacy = withFractionElement ? valueOf(answer, "fraction") : undefined;
    const legacyFraction = legacy === undefined || legacy === "" ? null : numberOf(legacy);
    return {
      text: ownText(answer),
      feedback: textOf(answer, "feedback") ?? "",
      fraction: legacyFraction === null ? fractionFromPercent(percent) : roundFraction(legacyFraction),
      grade: legacyFraction === null ? `${grade.trim()}%` : legacy!,
      line: answer.line,
    };
  });
}

/**
 * The grades Moodle's question editor offers. An importer told to "match grades" (Moodle's default)
 * refuses any other grade, so a file that uses one is worth a warning even though it imports.
 */
const moodleGrades = [
  1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0,
];

export function isMoodleGrade(fraction: number): boolean {
  return moodleGrades.some((grade) => Math.abs(Math.abs(fraction) - grade) < 1e-5);
}

/** `text` cut to a length that reads well inside a message. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 40 ? `${flat.slice(0, 37)}...` : flat;
}
