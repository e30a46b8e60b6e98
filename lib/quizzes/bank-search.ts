import { z } from "zod";
import { questionTypes } from "../content/schema";

/**
 * The quiz builder's question picker asks the server for one page of the bank at a time. Unlike
 * the bank's bookmarkable list, a bad value here is a bug or a forged request: it is refused.
 */

export const bankPickerPageSize = 10;

const blankOr = <T extends z.ZodType>(schema: T) => z.union([z.literal(""), schema]).default("");

export const quizBankSearchSchema = z.object({
  course: z.string().regex(/^[a-z0-9-]{1,100}$/, "That course was not found."),
  q: z.string().trim().max(200, "Search for at most 200 characters.").default(""),
  lesson: blankOr(z.uuid("Choose a lesson from the list.")),
  type: blankOr(z.enum(questionTypes, "Choose a type from the list.")),
  tag: z.string().trim().max(40, "Choose a tag from the list.").default(""),
  difficulty: blankOr(z.enum(["1", "2", "3"], "Choose a difficulty from the list.")),
  page: z.coerce.number().int("Pages are whole numbers.").min(1).max(10_000).default(1),
});

export type QuizBankSearchInput = z.input<typeof quizBankSearchSchema>;
export type QuizBankSearch = Omit<z.output<typeof quizBankSearchSchema>, "course">;
