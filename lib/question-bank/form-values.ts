import type { Question, QuestionType } from "../questions/types";
import { levelGroup, orderField, rowField, type Fields } from "./form-fields";
import type { QuestionMeta } from "./parse-form";

/**
 * The editor's form filled in: from a stored question (to edit it) or blank (a new one, with a few
 * spare rows of each kind). `parseQuestionForm` reads these values back into the same question.
 */

export type FormValues = Record<string, string>;

const percent = (fraction: number) => String(Math.round(fraction * 1e7) / 1e5);

function rows<T>(values: FormValues, group: string, items: readonly T[], spare: number, fill: (item: T) => Record<string, string>) {
  const ids = [...items.keys(), ...Array.from({ length: spare }, (_, index) => items.length + index)].map(String);
  values[orderField(group)] = ids.join(",");
  items.forEach((item, index) => {
    for (const [field, value] of Object.entries(fill(item))) values[rowField(group, String(index), field)] = value;
  });
}

export function formValuesOf(question: Question, meta: QuestionMeta): FormValues {
  const values: FormValues = {
    type: question.type,
    stem: question.stem,
    explanation: question.explanation,
    lesson: meta.lessonId ?? "",
    tags: meta.tags.join(", "),
    difficulty: String(meta.difficulty),
    level: meta.level,
  };
  switch (question.type) {
    case "single_choice":
    case "multiple_response":
      rows(values, "option", question.options, 1, (option) => ({ text: option.text, credit: percent(option.fraction), feedback: option.feedback }));
      if (question.shuffle !== false) values.shuffle = "on";
      if (question.type === "multiple_response" && question.allOrNothing) values.allOrNothing = "on";
      break;
    case "true_false":
      Object.assign(values, { answer: String(question.answer), feedbackTrue: question.feedbackTrue, feedbackFalse: question.feedbackFalse });
      break;
    case "short_answer":
      rows(values, "accepted", question.answers, 1, (answer) => ({ text: answer.text, credit: percent(answer.fraction), feedback: answer.feedback }));
      if (question.caseSensitive) values.caseSensitive = "on";
      break;
    case "numerical":
      rows(values, "number", question.answers, 1, (answer) => ({ value: String(answer.value), tolerance: String(answer.tolerance), credit: percent(answer.fraction), feedback: answer.feedback }));
      values.unit = question.unit ?? "";
      break;
    case "matching":
      rows(values, "pair", question.pairs, 1, (pair) => ({ prompt: pair.prompt, answer: pair.answer }));
      values.distractors = question.distractors.join("\n");
      if (question.shuffle !== false) values.shuffle = "on";
      break;
    case "ordering":
      rows(values, "item", question.items, 1, (item) => ({ text: item.text }));
      break;
    case "essay": {
      values.modelAnswer = question.modelAnswer ?? "";
      const criteria = question.rubric?.criteria ?? [];
      rows(values, "criterion", criteria, criteria.length ? 0 : 1, (criterion) => ({ key: criterion.key, title: criterion.title }));
      criteria.forEach((criterion, index) =>
        rows(values, levelGroup(String(index)), criterion.levels, 0, (level) => ({ label: level.label, points: String(level.points), description: level.description })),
      );
      if (criteria.length === 0) values[orderField(levelGroup("0"))] = "0,1,2";
      break;
    }
  }
  return values;
}

/** A new question's form: every type's rows are there, so switching type loses nothing typed. */
export function blankFormValues(type: QuestionType = "single_choice", meta: Partial<QuestionMeta> = {}): FormValues {
  const values: FormValues = { type, stem: "", explanation: "", lesson: meta.lessonId ?? "", tags: (meta.tags ?? []).join(", "), difficulty: String(meta.difficulty ?? 2), level: meta.level ?? "understand" };
  values[orderField("option")] = "0,1,2,3";
  values[rowField("option", "0", "credit")] = "100";
  for (const id of ["1", "2", "3"]) values[rowField("option", id, "credit")] = "0";
  values[orderField("accepted")] = "0,1";
  values[rowField("accepted", "0", "credit")] = "100";
  values[orderField("number")] = "0,1";
  values[rowField("number", "0", "credit")] = "100";
  values[rowField("number", "0", "tolerance")] = "0";
  values[orderField("pair")] = "0,1,2";
  values[orderField("item")] = "0,1,2";
  values[orderField("criterion")] = "0";
  values[orderField(levelGroup("0"))] = "0,1,2";
  values.shuffle = "on";
  return values;
}

/** Only the string fields a form post carries, without React's and Next's own. */
export function formFieldsOf(entries: Iterable<[string, FormDataEntryValue]>): Fields {
  const fields: Fields = {};
  for (const [name, value] of entries) if (typeof value === "string" && !name.startsWith("$")) fields[name] = value;
  return fields;
}
