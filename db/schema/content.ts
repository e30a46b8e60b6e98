import { courseRef } from "./references";
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { documentKindEnum, publicationStatusEnum } from "./enums";

export interface KeyTerm {
  term: string;
  definition: string;
}

export const sourceDocuments = pgTable("source_documents", {
  id: id(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  author: text("author"),
  publisher: text("publisher"),
  kind: documentKindEnum("kind").notNull(),
  sourceFile: text("source_file"),
  paragraphCount: integer("paragraph_count").notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const sections = pgTable(
  "sections",
  {
    id: id(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => sourceDocuments.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    position: integer("position").notNull(),
    paragraphFrom: integer("paragraph_from").notNull(),
    paragraphTo: integer("paragraph_to").notNull(),
    words: integer("words").notNull(),
    /** Section text, kept only for documents instructors upload (our seeds stay in shared/). */
    text: text("text"),
  },
  (table) => [uniqueIndex("sections_document_slug_key").on(table.documentId, table.slug)],
);

/** A unit is one source document taught in one course. */
export const units = pgTable(
  "units",
  {
    id: id(),
    courseId: courseRef(),
    documentId: uuid("document_id").references(() => sourceDocuments.id),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    position: integer("position").notNull(),
    status: publicationStatusEnum("status").notNull().default("published"),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("units_course_slug_key").on(table.courseId, table.slug)],
);

export const lessons = pgTable(
  "lessons",
  {
    id: id(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    sectionId: uuid("section_id").references(() => sections.id),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    position: integer("position").notNull(),
    objectives: jsonb("objectives").$type<string[]>().notNull(),
    keyTerms: jsonb("key_terms").$type<KeyTerm[]>().notNull(),
    discussion: jsonb("discussion").$type<string[]>().notNull(),
    body: text("body").notNull(),
    wordCount: integer("word_count").notNull(),
    contentHash: text("content_hash").notNull(),
    status: publicationStatusEnum("status").notNull().default("published"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("lessons_unit_slug_key").on(table.unitId, table.slug),
    index("lessons_unit_position_idx").on(table.unitId, table.position),
  ],
);

export type Lesson = typeof lessons.$inferSelect;
export type Unit = typeof units.$inferSelect;
export type SourceDocument = typeof sourceDocuments.$inferSelect;
