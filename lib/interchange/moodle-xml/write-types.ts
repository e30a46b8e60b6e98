import type { Question } from "../../questions/types";
import { cdataOrText } from "./xml-escape";

/**
 * The type-specific part of each `<question>`, in the element order Moodle's exporter uses. Grades
 * are percentages with Moodle's seven-decimal precision (a fraction of 0.3333333 is 33.33333).
 */

export interface Body {
  qtype: string;
  lines: string[];
}

export function typeBody(question: Question, format: string): Body {
  const text = (value: string, indent: string) => `${indent}<text>${cdataOrText(value)}</text>`;
  const feedback = (value: string) => [`      <feedback format="${format}">`, text(value, "        "), "      </feedback>"];
  const answer = (grade: number, answerFormat: string, value: string, feedbackText: string, extra: string[] = []) => [
    `    <answer fraction="${percent(grade)}" format="${answerFormat}">`,
    text(value, "      "),
    ...feedback(feedbackText),
    ...extra,
    "    </answer>",
  ];
  switch (question.type) {
    case "single_choice":
    case "multiple_response":
      return {
        qtype: "multichoice",
        lines: [
          `    <single>${question.type === "single_choice"}</single>`,
          `    <shuffleanswers>${question.shuffle !== false}</shuffleanswers>`,
          "    <answernumbering>abc</answernumbering>",
          // Moodle ignores elements it does not know, so this keeps "all or nothing" for our own round trip.
          ...(question.type === "multiple_response" && question.allOrNothing !== undefined ? [`    <allornothing>${question.allOrNothing}</allornothing>`] : []),
          ...question.options.flatMap((option) => answer(option.fraction, format, option.text, option.feedback)),
        ],
      };
    case "true_false":
      return {
        qtype: "truefalse",
        lines: [
          ...answer(question.answer ? 1 : 0, "moodle_auto_format", "true", question.feedbackTrue),
          ...answer(question.answer ? 0 : 1, "moodle_auto_format", "false", question.feedbackFalse),
        ],
      };
    case "short_answer":
      return {
        qtype: "shortanswer",
        lines: [
          `    <usecase>${question.caseSensitive ? 1 : 0}</usecase>`,
          ...question.answers.flatMap((item) => answer(item.fraction, "plain_text", item.text, item.feedback)),
        ],
      };
    case "numerical":
      return {
        qtype: "numerical",
        lines: [
          ...question.answers.flatMap((item) =>
            answer(item.fraction, "plain_text", String(item.value), item.feedback, [`      <tolerance>${item.tolerance}</tolerance>`]),
          ),
          ...(question.unit
            ? ["    <units>", "      <unit>", "        <multiplier>1</multiplier>", `        <unit_name>${cdataOrText(question.unit)}</unit_name>`, "      </unit>", "    </units>"]
            : []),
        ],
      };
    case "matching":
      return {
        qtype: "matching",
        lines: [
          `    <shuffleanswers>${question.shuffle !== false}</shuffleanswers>`,
          ...[...question.pairs.map((pair) => [pair.prompt, pair.answer] as const), ...question.distractors.map((item) => ["", item] as const)].flatMap(
            ([prompt, match]) => [`    <subquestion format="${format}">`, text(prompt, "      "), "      <answer>", text(match, "        "), "      </answer>", "    </subquestion>"],
          ),
        ],
      };
    case "ordering":
      // The qtype_ordering plugin (standard since Moodle 4.4); "absolute position" is how our engine grades.
      return {
        qtype: "ordering",
        lines: [
          "    <layouttype>VERTICAL</layouttype>",
          "    <selecttype>ALL</selecttype>",
          `    <selectcount>${question.items.length}</selectcount>`,
          "    <gradingtype>ABSOLUTE_POSITION</gradingtype>",
          "    <showgrading>SHOW</showgrading>",
          ...question.items.flatMap((item, index) => [`    <answer fraction="${index + 1}" format="${format}">`, text(item.text, "      "), "    </answer>"]),
        ],
      };
    case "essay":
      // A rubric has no place in Moodle's essay question; the model answer goes where graders read it.
      return {
        qtype: "essay",
        lines: [
          "    <responseformat>editor</responseformat>",
          "    <responserequired>1</responserequired>",
          "    <responsefieldlines>15</responsefieldlines>",
          "    <attachments>0</attachments>",
          "    <attachmentsrequired>0</attachmentsrequired>",
          `    <graderinfo format="${format}">`,
          text(question.modelAnswer ?? "", "      "),
          "    </graderinfo>",
          `    <responsetemplate format="${format}">`,
          "      <text></text>",
          "    </responsetemplate>",
        ],
      };
  }
}

/** A fraction as Moodle's percentage grade: 1 → "100", 0.3333333 → "33.33333", -0.5 → "-50". */
export function percent(fraction: number): string {
  return String(Math.round(fraction * 1e7) / 1e5 + 0);
}
