import { z } from "zod";
import { cognitiveLevels, questionTypes, type CognitiveLevel } from "../content/schema";
import { questionSchema, type Question } from "../questions/types";
import { maxTextLength, type FieldErrors, type Fields } from "./form-fields";
import { readTypeFields } from "./parse-rows";

/**
 * Reads the question editor's form into an engine question and the bank's own fields (lesson,
 * tags, difficulty, level). Runs on the server for a save and in the browser for the live
 * preview, so both see the same question. Every message is worded for the field it sits beside.
 */

export interface QuestionMeta {
  lessonId: string | null;
  tags: string[];
  difficulty: 1 | 2 | 3;
  level: CognitiveLevel;
}

export type ParsedQuestionForm = { ok: true; question: Question; meta: QuestionMeta } | { ok: false; fieldErrors: FieldErrors };

export const maxTags = 12;
export const maxTagLength = 40;

const text = (what: string) => z.string().trim().max(maxTextLength, `${what} can be at most ${maxTextLength.toLocaleString("en")} characters long.`);

const commonSchema = z.object({
  type: z.enum(questionTypes, "Choose a question type."),
  stem: text("The stem").min(1, "Write the question (its stem)."),
  explanation: text("The explanation").default(""),
  lesson: z.union([z.literal(""), z.uuid("Choose a lesson from the list.")]).default(""),
  tags: z
    .string()
    .default("")
    .transform((value) => [...new Set(value.split(",").map((tag) => tag.trim().replace(/\s+/g, " ")).filter(Boolean))])
    .pipe(
      z
        .array(z.string().max(maxTagLength, `A tag can be at most ${maxTagLength} characters long.`))
        .max(maxTags, `A question can have at most ${maxTags} tags.`),
    ),
  difficulty: z.enum(["1", "2", "3"], "Choose a difficulty from 1 to 3."),
  level: z.enum(cognitiveLevels, "Choose a cognitive level."),
});

export function parseQuestionForm(fields: Fields): ParsedQuestionForm {
  const errors: FieldErrors = {};
  const common = commonSchema.safeParse(fields);
  if (!common.success) {
    for (const issue of common.error.issues) (errors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  }
  const type = z.enum(questionTypes).safeParse(fields.type);
  if (!type.success) return { ok: false, fieldErrors: errors };
  const typeFields = readTypeFields(type.data, fields, errors);
  if (!common.success || !typeFields || Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  const { stem, explanation, lesson, tags, difficulty, level } = common.data;
  // The rows were checked one by one above; this is the engine's own word that it can mark the question.
  const question = questionSchema.safeParse({ type: type.data, stem, explanation, ...typeFields });
  if (!question.success) return { ok: false, fieldErrors: { form: ["This question cannot be marked as it stands. Check every field."] } };
  return { ok: true, question: question.data, meta: { lessonId: lesson || null, tags, difficulty: Number(difficulty) as 1 | 2 | 3, level } };
}
