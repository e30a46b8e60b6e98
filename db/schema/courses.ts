import { userRef } from "./references";
import { index, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz, updatedAt } from "./columns";
import { enrollmentStatusEnum } from "./enums";

export const courses = pgTable("courses", {
  id: id(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  description: text("description").notNull().default(""),
  joinCode: text("join_code").notNull().unique(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const enrollments = pgTable(
  "enrollments",
  {
    id: id(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    userId: userRef(),
    status: enrollmentStatusEnum("status").notNull().default("active"),
    enrolledAt: timestamptz("enrolled_at").notNull().defaultNow(),
    removedAt: timestamptz("removed_at"),
  },
  (table) => [
    uniqueIndex("enrollments_course_user_key").on(table.courseId, table.userId),
    index("enrollments_user_idx").on(table.userId),
  ],
);

export const courseInstructors = pgTable(
  "course_instructors",
  {
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    userId: userRef(),
    assignedAt: timestamptz("assigned_at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.courseId, table.userId] }), index("course_instructors_user_idx").on(table.userId)],
);

export type Course = typeof courses.$inferSelect;
export type Enrollment = typeof enrollments.$inferSelect;
