import { userRef, courseRef } from "./references";
import { boolean, index, integer, jsonb, numeric, pgTable, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz, updatedAt } from "./columns";
import { lessons } from "./content";
import { gradingMethodEnum, publicationStatusEnum, slotKindEnum } from "./enums";
import { questions, tags } from "./questions";
import { users } from "./users";

/** What a learner may see at each moment: during, immediately after, later while open, after close. */
export interface ReviewOptions {
  during: ReviewVisibility;
  immediately: ReviewVisibility;
  open: ReviewVisibility;
  closed: ReviewVisibility;
}
export interface ReviewVisibility {
  marks: boolean;
  correctness: boolean;
  feedback: boolean;
  rightAnswer: boolean;
}

export const quizzes = pgTable(
  "quizzes",
  {
    id: id(),
    courseId: courseRef(),
    title: text("title").notNull(),
    instructions: text("instructions").notNull().default(""),
    status: publicationStatusEnum("status").notNull().default("draft"),
    timeLimitSeconds: integer("time_limit_seconds"),
    opensAt: timestamptz("opens_at"),
    closesAt: timestamptz("closes_at"),
    attemptsAllowed: integer("attempts_allowed"),
    gradingMethod: gradingMethodEnum("grading_method").notNull().default("highest"),
    shuffleQuestions: boolean("shuffle_questions").notNull().default(false),
    shuffleOptions: boolean("shuffle_options").notNull().default(true),
    reviewOptions: jsonb("review_options").$type<ReviewOptions>().notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("quizzes_course_idx").on(table.courseId)],
);

export const quizSlots = pgTable(
  "quiz_slots",
  {
    id: id(),
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: slotKindEnum("kind").notNull(),
    questionId: uuid("question_id").references(() => questions.id),
    randomLessonId: uuid("random_lesson_id").references(() => lessons.id),
    randomTagId: uuid("random_tag_id").references(() => tags.id),
    marks: numeric("marks", { precision: 8, scale: 2, mode: "number" }).notNull().default(1),
  },
  (table) => [uniqueIndex("quiz_slots_quiz_position_key").on(table.quizId, table.position)],
);

/** Course-wide when quizId is null; a quiz-specific row overrides it. */
export const accommodations = pgTable(
  "accommodations",
  {
    id: id(),
    courseId: courseRef(),
    userId: userRef(),
    quizId: uuid("quiz_id").references(() => quizzes.id, { onDelete: "cascade" }),
    timeMultiplier: numeric("time_multiplier", { precision: 4, scale: 2, mode: "number" }),
    extraSeconds: integer("extra_seconds"),
    extraAttempts: integer("extra_attempts"),
    closesAt: timestamptz("closes_at"),
    updatedAt: updatedAt(),
  },
  (table) => [unique("accommodations_course_user_quiz_key").on(table.courseId, table.userId, table.quizId).nullsNotDistinct()],
);

export type Quiz = typeof quizzes.$inferSelect;
export type QuizSlot = typeof quizSlots.$inferSelect;
