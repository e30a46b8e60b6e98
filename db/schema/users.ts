import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz, updatedAt } from "./columns";
import { roleEnum, userStatusEnum } from "./enums";

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: roleEnum("role").notNull().default("student"),
    status: userStatusEnum("status").notNull().default("active"),
    /** scrypt$N$r$p$salt$hash; null while an invited account is pending. */
    passwordHash: text("password_hash"),
    /** Bumped on password change or deactivation: sessions carrying an older value end. */
    sessionVersion: integer("session_version").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [uniqueIndex("users_email_key").on(sql`lower(${table.email})`)],
);

/** One row per failed or successful sign-in, by account email and by client address. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: id(),
    throttleKey: text("throttle_key").notNull(),
    succeeded: boolean("succeeded").notNull(),
    attemptedAt: timestamptz("attempted_at").notNull().defaultNow(),
  },
  (table) => [index("sign_in_attempts_key_time_idx").on(table.throttleKey, table.attemptedAt)],
);

/** One-time links: password resets issued by an admin and course invitations. */
export const oneTimeTokens = pgTable(
  "one_time_tokens",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["password_reset", "invitation"] }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamptz("expires_at").notNull(),
    usedAt: timestamptz("used_at"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (table) => [index("one_time_tokens_user_idx").on(table.userId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
