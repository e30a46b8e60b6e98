import { courseRef } from "./references";
import { index, integer, jsonb, numeric, pgTable, primaryKey, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { lessons } from "./content";
import { cognitiveLevelEnum, questionStatusEnum, questionTypeEnum } from "./enums";
import { users } from "./users";

/** The stable identity of a question; what it says lives in its versions. */
export const questions = pgTable(
  "questions",
  {
    id: id(),
    courseId: courseRef(),
    lessonId: uuid("lesson_id").references(() => lessons.id),
    /** The id a question has in content/ or in an imported file. */
    externalId: text("external_id"),
    origin: text("origin", { enum: ["content", "authored", "imported"] }).notNull().default("authored"),
    type: questionTypeEnum("type").notNull(),
    status: questionStatusEnum("status").notNull().default("active"),
    currentVersion: integer("current_version").notNull().default(1),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("questions_course_external_key").on(table.courseId, table.externalId),
    index("questions_lesson_idx").on(table.lessonId),
  ],
);

/**
 * Immutable: an edit adds a version. Type-specific data (accepted answers, tolerance, pairs,
 * ordering items, model answer) is in `data`; options and rubrics have their own tables.
 */
export const questionVersions = pgTable(
  "question_versions",
  {
    id: id(),
    questionId: uuid("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    stem: text("stem").notNull(),
    explanation: text("explanation").notNull().default(""),
    difficulty: smallint("difficulty").notNull(),
    level: cognitiveLevelEnum("level").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    sourceParagraphs: jsonb("source_paragraphs").$type<number[]>().notNull(),
    contentHash: text("content_hash").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("question_versions_question_version_key").on(table.questionId, table.version)],
);

export const questionOptions = pgTable(
  "question_options",
  {
    id: id(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => questionVersions.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    /** Share of the question's mark this option gives (negative for wrong multiple-response options). */
    fraction: numeric("fraction", { precision: 8, scale: 7, mode: "number" }).notNull(),
    feedback: text("feedback").notNull().default(""),
  },
  (table) => [uniqueIndex("question_options_version_key_key").on(table.versionId, table.key)],
);

export const tags = pgTable(
  "tags",
  {
    id: id(),
    courseId: courseRef(),
    name: text("name").notNull(),
  },
  (table) => [uniqueIndex("tags_course_name_key").on(table.courseId, table.name)],
);

export const questionTags = pgTable(
  "question_tags",
  {
    questionId: uuid("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    tagId: uuid("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.questionId, table.tagId] }), index("question_tags_tag_idx").on(table.tagId)],
);

export const rubricCriteria = pgTable(
  "rubric_criteria",
  {
    id: id(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => questionVersions.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    title: text("title").notNull(),
    position: integer("position").notNull(),
  },
  (table) => [uniqueIndex("rubric_criteria_version_key_key").on(table.versionId, table.key)],
);

export const rubricLevels = pgTable(
  "rubric_levels",
  {
    id: id(),
    criterionId: uuid("criterion_id")
      .notNull()
      .references(() => rubricCriteria.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    points: numeric("points", { precision: 8, scale: 2, mode: "number" }).notNull(),
    description: text("description").notNull(),
    position: integer("position").notNull(),
  },
  (table) => [index("rubric_levels_criterion_idx").on(table.criterionId)],
);

export type Question = typeof questions.$inferSelect;
export type QuestionVersion = typeof questionVersions.$inferSelect;
