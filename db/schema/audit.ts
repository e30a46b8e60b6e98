import { bigserial, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { courses } from "./courses";
import { users } from "./users";

/** Append-only record of grading and administrative changes: who, when, what, why. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id").references(() => users.id),
    courseId: uuid("course_id").references(() => courses.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    reason: text("reason"),
    createdAt: createdAt(),
  },
  (table) => [index("audit_log_course_time_idx").on(table.courseId, table.createdAt), index("audit_log_entity_idx").on(table.entityType, table.entityId)],
);
