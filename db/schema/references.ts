import { uuid } from "drizzle-orm/pg-core";
import { courses } from "./courses";
import { users } from "./users";

/** Rows that belong to a user or a course go when it goes. */
export const userRef = (name = "user_id") =>
  uuid(name)
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });

export const courseRef = () =>
  uuid("course_id")
    .notNull()
    .references(() => courses.id, { onDelete: "cascade" });
