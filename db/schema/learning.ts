import { userRef } from "./references";
import { boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz, updatedAt } from "./columns";
import { lessons } from "./content";
import { completionSourceEnum, importKindEnum, progressStatusEnum } from "./enums";
import { questionVersions, questions } from "./questions";
import { users } from "./users";

export const readingProgress = pgTable(
  "reading_progress",
  {
    userId: userRef(),
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    status: progressStatusEnum("status").notNull().default("in_progress"),
    completionSource: completionSourceEnum("completion_source"),
    lastParagraph: integer("last_paragraph").notNull().default(0),
    visibleSeconds: integer("visible_seconds").notNull().default(0),
    reachedEnd: boolean("reached_end").notNull().default(false),
    completedAt: timestamptz("completed_at"),
    updatedAt: updatedAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.lessonId] })],
);

export interface NoteAnchor {
  paragraph: number;
  start: number;
  end: number;
  quote: string;
}

export const notes = pgTable(
  "notes",
  {
    id: id(),
    userId: userRef(),
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    anchor: jsonb("anchor").$type<NoteAnchor>(),
    body: text("body").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("notes_user_lesson_idx").on(table.userId, table.lessonId)],
);

export const practiceAnswers = pgTable(
  "practice_answers",
  {
    id: id(),
    userId: userRef(),
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    roundId: uuid("round_id").notNull(),
    questionVersionId: uuid("question_version_id")
      .notNull()
      .references(() => questionVersions.id),
    answer: jsonb("answer").notNull(),
    fraction: doublePrecision("fraction"),
    answeredAt: createdAt(),
  },
  (table) => [index("practice_answers_user_lesson_idx").on(table.userId, table.lessonId), index("practice_answers_round_idx").on(table.roundId)],
);

/** FSRS card state per learner and question (ts-fsrs field names). */
export const reviewCards = pgTable(
  "review_cards",
  {
    id: id(),
    userId: userRef(),
    questionId: uuid("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    lessonId: uuid("lesson_id").references(() => lessons.id, { onDelete: "cascade" }),
    due: timestamptz("due").notNull(),
    stability: doublePrecision("stability").notNull(),
    difficulty: doublePrecision("difficulty").notNull(),
    elapsedDays: integer("elapsed_days").notNull().default(0),
    scheduledDays: integer("scheduled_days").notNull().default(0),
    reps: integer("reps").notNull().default(0),
    lapses: integer("lapses").notNull().default(0),
    state: smallint("state").notNull().default(0),
    lastReview: timestamptz("last_review"),
  },
  (table) => [uniqueIndex("review_cards_user_question_key").on(table.userId, table.questionId), index("review_cards_user_due_idx").on(table.userId, table.due)],
);

export const importDrafts = pgTable("import_drafts", {
  id: id(),
  createdBy: uuid("created_by")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  courseId: uuid("course_id"),
  kind: importKindEnum("kind").notNull(),
  format: text("format").notNull(),
  fileName: text("file_name").notNull(),
  parsed: jsonb("parsed").notNull(),
  createdAt: createdAt(),
});
