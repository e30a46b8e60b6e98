import { z } from "zod";
import { reasonMaxLength } from "../grading/grade-input";

/** What the regrade pages' forms send, checked on the server. */

const uuid = (what: string) => z.uuid(`${what} was not found.`);
const reason = z
  .string()
  .trim()
  .min(1, "Say why: it is kept in the audit log.")
  .max(reasonMaxLength, `A reason can be at most ${reasonMaxLength.toLocaleString("en")} characters long.`);

/** The reason is checked with the key (server/regrade/correct-key), so one save reports both. */
export const correctKeyFormSchema = z.object({
  course: z.string().min(1),
  quizId: uuid("That quiz"),
  questionId: uuid("That question"),
  reason: z.string().trim().max(reasonMaxLength, `A reason can be at most ${reasonMaxLength.toLocaleString("en")} characters long.`),
});

export const missingReason = "Say what was wrong: it is kept in the audit log.";

export const regradeFormSchema = z.object({
  course: z.string().min(1),
  quizId: uuid("That quiz"),
  questionId: uuid("That question"),
  versionId: uuid("That version"),
});

export const dropModes = ["full_marks", "removed", "restore"] as const;

export const dropFormSchema = z.object({
  course: z.string().min(1),
  quizId: uuid("That quiz"),
  questionId: uuid("That question"),
  mode: z.enum(dropModes, "Choose how to drop the question."),
  reason,
});
