import type { QuestionType } from "../content/schema";
import { levelFields, levelGroup, maxRows, maxTextLength, rowField, rowGroups, rowIds, type FieldErrors, type Fields, type RowGroup } from "./form-fields";

/** The type-specific part of the editor's form: its repeating rows, read and checked row by row. */

type Row = Record<string, string>;

export function readTypeFields(type: QuestionType, fields: Fields, errors: FieldErrors): Record<string, unknown> | null {
  switch (type) {
    case "single_choice":
    case "multiple_response": {
      const multiple = type === "multiple_response";
      const rows = filledRows(fields, "option", errors);
      if (rows.length < 2) fail(errors, "option", "Give at least two options.");
      const options = rows.map(({ id, row }, index) => {
        if (!row.text) fail(errors, rowField("option", id, "text"), "Write the option's text, or clear the whole row.");
        const credit = readPercent(row.credit, rowField("option", id, "credit"), errors, multiple ? -100 : 0);
        return { key: String(index + 1), text: row.text ?? "", fraction: (credit ?? 0) / 100, feedback: row.feedback ?? "" };
      });
      const credits = options.map((option) => option.fraction * 100);
      if (!multiple && rows.length >= 2 && !credits.some((credit) => near(credit, 100))) fail(errors, "option", "Give one option 100 % credit: a single-choice question needs a right answer.");
      if (multiple && rows.length >= 2 && !near(credits.filter((credit) => credit > 0).reduce((sum, credit) => sum + credit, 0), 100)) {
        fail(errors, "option", "The credits of the right options must add up to 100 %.");
      }
      const shuffle = fields.shuffle === "on" ? undefined : false;
      return multiple ? { options, shuffle, allOrNothing: fields.allOrNothing === "on" ? true : undefined } : { options, shuffle };
    }
    case "true_false":
      if (fields.answer !== "true" && fields.answer !== "false") return fail(errors, "answer", "Choose whether the statement is true or false.");
      return { answer: fields.answer === "true", feedbackTrue: long(fields.feedbackTrue, "feedbackTrue", errors), feedbackFalse: long(fields.feedbackFalse, "feedbackFalse", errors) };
    case "short_answer": {
      const answers = filledRows(fields, "accepted", errors).map(({ id, row }) => {
        if (!row.text) fail(errors, rowField("accepted", id, "text"), "Write the accepted answer, or clear the whole row.");
        const credit = readPercent(row.credit, rowField("accepted", id, "credit"), errors, 0);
        return { text: row.text ?? "", fraction: (credit ?? 0) / 100, feedback: row.feedback ?? "" };
      });
      if (answers.length === 0) fail(errors, "accepted", "List at least one accepted answer.");
      else if (!answers.some((answer) => near(answer.fraction * 100, 100))) fail(errors, "accepted", "Give one accepted answer 100 % credit.");
      return { answers, caseSensitive: fields.caseSensitive === "on" ? true : undefined };
    }
    case "numerical": {
      const answers = filledRows(fields, "number", errors).map(({ id, row }) => {
        const raw = row.value ?? "";
        const value = raw === "*" ? "*" : Number(raw);
        if (raw === "" || (value !== "*" && !Number.isFinite(value))) fail(errors, rowField("number", id, "value"), "Enter a number, or * for any number.");
        const tolerance = Number(row.tolerance || "0");
        if (!Number.isFinite(tolerance) || tolerance < 0) fail(errors, rowField("number", id, "tolerance"), "Enter a tolerance of 0 or more.");
        const credit = readPercent(row.credit, rowField("number", id, "credit"), errors, 0);
        return { value: Number.isFinite(value) || value === "*" ? value : 0, tolerance: Math.max(0, tolerance) || 0, fraction: (credit ?? 0) / 100, feedback: row.feedback ?? "" };
      });
      if (answers.length === 0) fail(errors, "number", "List at least one accepted value.");
      else if (!answers.some((answer) => near(answer.fraction * 100, 100))) fail(errors, "number", "Give one value 100 % credit.");
      const unit = (fields.unit ?? "").trim();
      if (unit.length > 40) fail(errors, "unit", "A unit can be at most 40 characters long.");
      return { answers, unit: unit || undefined };
    }
    case "matching": {
      const pairs = filledRows(fields, "pair", errors).map(({ id, row }, index) => {
        if (!row.prompt) fail(errors, rowField("pair", id, "prompt"), "Write the prompt, or clear the whole row.");
        if (!row.answer) fail(errors, rowField("pair", id, "answer"), "Write the answer that matches this prompt.");
        return { id: `p${index + 1}`, prompt: row.prompt ?? "", answer: row.answer ?? "" };
      });
      if (pairs.length < 2) fail(errors, "pair", "Give at least two pairs.");
      const distractors = (fields.distractors ?? "").split("\n").map((line) => line.trim()).filter(Boolean);
      if (distractors.some((line) => line.length > maxTextLength)) fail(errors, "distractors", "A distractor is too long.");
      const answers = [...pairs.map((pair) => pair.answer), ...distractors];
      if (new Set(answers).size !== answers.length) fail(errors, "pair", "Each answer and distractor must be different: learners could not tell two identical answers apart.");
      return { pairs, distractors, shuffle: fields.shuffle === "on" ? undefined : false };
    }
    case "ordering": {
      const items = filledRows(fields, "item", errors).map(({ row }, index) => ({ id: `i${index + 1}`, text: row.text ?? "" }));
      if (items.length < 2) fail(errors, "item", "Give at least two items, in the right order.");
      if (new Set(items.map((item) => item.text)).size !== items.length) fail(errors, "item", "Each item must be different.");
      return { items };
    }
    case "essay": {
      const modelAnswer = long(fields.modelAnswer, "modelAnswer", errors);
      const criteria = filledRows(fields, "criterion", errors, (id) => rowIds(fields, levelGroup(id)).some((level) => levelFields.some((field) => (fields[rowField(levelGroup(id), level, field)] ?? "").trim())));
      const keys = new Set<string>();
      const rubric = criteria.map(({ id, row }, index) => {
        if (!row.title) fail(errors, rowField("criterion", id, "title"), "Name the criterion, or clear it and its levels.");
        let key = row.key || `c${index + 1}`;
        while (keys.has(key)) key = `${key}-${index + 1}`;
        keys.add(key);
        const levels = filledRows(fields, levelGroup(id), errors).map(({ id: level, row: values }) => {
          const field = (name: string) => rowField(levelGroup(id), level, name);
          if (!values.label) fail(errors, field("label"), "Name the level, or clear the whole row.");
          const points = Number(values.points);
          if (!values.points || !Number.isFinite(points) || points < 0 || points > 1000) fail(errors, field("points"), "Enter points from 0 to 1000.");
          return { label: values.label ?? "", points: Number.isFinite(points) ? points : 0, description: values.description ?? "" };
        });
        if (levels.length === 0) fail(errors, levelGroup(id), "Give the criterion at least one level.");
        return { key, title: row.title ?? "", levels };
      });
      return { modelAnswer: modelAnswer || undefined, rubric: rubric.length ? { criteria: rubric } : undefined };
    }
  }
}

/** What makes a row count: a credit, tolerance or key alone is a default the form filled in, not an answer. */
const contentFields: Record<string, readonly string[]> = { option: ["text", "feedback"], accepted: ["text", "feedback"], number: ["value", "feedback"], pair: ["prompt", "answer"], item: ["text"], criterion: ["title"] };

/** The rows with anything in them, trimmed: a blank row is a spare, not a mistake. */
function filledRows(fields: Fields, group: string, errors: FieldErrors, hasMore?: (id: string) => boolean): { id: string; row: Row }[] {
  const names: readonly string[] = group in rowGroups ? rowGroups[group as RowGroup] : levelFields;
  const content = contentFields[group] ?? ["label", "description"];
  const rows = rowIds(fields, group)
    .map((id) => ({ id, row: Object.fromEntries(names.map((name) => [name, (fields[rowField(group, id, name)] ?? "").trim()])) }))
    .filter(({ id, row }) => content.some((name) => row[name]) || hasMore?.(id));
  if (rows.length > maxRows) fail(errors, group, `At most ${maxRows} rows.`);
  for (const { id, row } of rows) {
    for (const name of names) if (row[name]!.length > maxTextLength) fail(errors, rowField(group, id, name), `At most ${maxTextLength.toLocaleString("en")} characters.`);
  }
  return rows;
}

function readPercent(raw: string | undefined, name: string, errors: FieldErrors, lowest: number): number | null {
  const value = (raw ?? "").trim();
  // A blank credit is no credit: a new row need not be filled in twice.
  if (value === "") return 0;
  const credit = Number(value);
  if (!/^-?\d+(\.\d{1,5})?$/.test(value) || credit < lowest || credit > 100) {
    fail(errors, name, lowest < 0 ? "Enter a credit from -100 to 100 (per cent)." : "Enter a credit from 0 to 100 (per cent).");
    return null;
  }
  return Math.round(credit * 1e5) / 1e5;
}

function long(value: string | undefined, name: string, errors: FieldErrors): string {
  const trimmed = (value ?? "").trim();
  if (trimmed.length > maxTextLength) fail(errors, name, `At most ${maxTextLength.toLocaleString("en")} characters.`);
  return trimmed;
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.01;

function fail(errors: FieldErrors, field: string, message: string): null {
  (errors[field] ??= []).push(message);
  return null;
}
