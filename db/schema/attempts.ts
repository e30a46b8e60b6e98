import { userRef } from "./references";
import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, numeric, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz } from "./columns";
import { attemptStateEnum, gradeSourceEnum, responseStateEnum } from "./enums";
import { questionVersions, questions } from "./questions";
import { quizSlots, quizzes } from "./quizzes";
import { users } from "./users";

export const attempts = pgTable(
  "attempts",
  {
    id: id(),
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "cascade" }),
    userId: userRef(),
    number: integer("number").notNull(),
    state: attemptStateEnum("state").notNull().default("in_progress"),
    startedAt: timestamptz("started_at").notNull().defaultNow(),
    /** Set at start from the time limit, the close time and accommodations; null when untimed. */
    deadlineAt: timestamptz("deadline_at"),
    submittedAt: timestamptz("submitted_at"),
    /** "learner" or "deadline" (finalised by the server). */
    submittedBy: text("submitted_by"),
    sumMarks: numeric("sum_marks", { precision: 10, scale: 4, mode: "number" }),
    maxMarks: numeric("max_marks", { precision: 10, scale: 4, mode: "number" }).notNull(),
    needsGrading: boolean("needs_grading").notNull().default(false),
    preview: boolean("preview").notNull().default(false),
  },
  (table) => [
    uniqueIndex("attempts_quiz_user_number_key").on(table.quizId, table.userId, table.number),
    index("attempts_user_idx").on(table.userId),
    index("attempts_open_deadline_idx").on(table.deadlineAt).where(sql`state = 'in_progress'`),
  ],
);

/** A question as placed in one attempt, pinned to the version the learner sees. */
export const attemptQuestions = pgTable(
  "attempt_questions",
  {
    id: id(),
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    slotId: uuid("slot_id").references(() => quizSlots.id),
    position: integer("position").notNull(),
    questionId: uuid("question_id")
      .notNull()
      .references(() => questions.id),
    questionVersionId: uuid("question_version_id")
      .notNull()
      .references(() => questionVersions.id),
    maxMark: numeric("max_mark", { precision: 8, scale: 2, mode: "number" }).notNull(),
    /** Option keys (or items) in the order this learner sees them. */
    displayOrder: jsonb("display_order").$type<string[]>(),
    /** Set when an instructor drops the question: "full_marks" or "removed". */
    dropped: text("dropped"),
  },
  (table) => [
    uniqueIndex("attempt_questions_attempt_position_key").on(table.attemptId, table.position),
    index("attempt_questions_version_idx").on(table.questionVersionId),
  ],
);

export const responses = pgTable(
  "responses",
  {
    id: id(),
    attemptQuestionId: uuid("attempt_question_id")
      .notNull()
      .unique()
      .references(() => attemptQuestions.id, { onDelete: "cascade" }),
    answer: jsonb("answer"),
    /** The client's sequence number for this question: an older save never overwrites a newer one. */
    clientSeq: integer("client_seq").notNull().default(0),
    flagged: boolean("flagged").notNull().default(false),
    state: responseStateEnum("state").notNull().default("unanswered"),
    fraction: numeric("fraction", { precision: 8, scale: 7, mode: "number" }),
    mark: numeric("mark", { precision: 8, scale: 4, mode: "number" }),
    comment: text("comment"),
    savedAt: timestamptz("saved_at"),
    /** Optimistic lock for concurrent graders. */
    gradeVersion: integer("grade_version").notNull().default(0),
  },
);

/** Every grade a response has had, newest last. */
export const responseGrades = pgTable(
  "response_grades",
  {
    id: id(),
    responseId: uuid("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    source: gradeSourceEnum("source").notNull(),
    fraction: numeric("fraction", { precision: 8, scale: 7, mode: "number" }),
    mark: numeric("mark", { precision: 8, scale: 4, mode: "number" }),
    rubricSelections: jsonb("rubric_selections").$type<Record<string, string>>(),
    comment: text("comment"),
    gradedBy: uuid("graded_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (table) => [index("response_grades_response_idx").on(table.responseId)],
);

/** The learner's grade for a quiz under its grading method, kept current on every change. */
export const quizGrades = pgTable(
  "quiz_grades",
  {
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "cascade" }),
    userId: userRef(),
    grade: numeric("grade", { precision: 10, scale: 4, mode: "number" }),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (table) => [uniqueIndex("quiz_grades_quiz_user_key").on(table.quizId, table.userId)],
);

export type Attempt = typeof attempts.$inferSelect;
export type Response = typeof responses.$inferSelect;
