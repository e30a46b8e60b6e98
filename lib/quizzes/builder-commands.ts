import { z } from "zod";
import { quizStatuses } from "./form-fields";

/** The quiz list's commands: which quiz of which course, and for publishing, which status. */

const course = z.string().regex(/^[a-z0-9-]{1,100}$/, "That course was not found.");
const quizId = z.uuid("That quiz was not found.");

export const quizCommandSchema = z.object({ course, quizId });
export const quizStatusCommandSchema = z.object({ course, quizId, status: z.enum(quizStatuses, "Choose draft or published.") });
