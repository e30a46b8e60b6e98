import { z } from "zod";
import { emailSchema } from "@/lib/auth/credentials";
import { roles, userStatuses } from "@/db/schema/enums";

export const nameSchema = z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(100, "Use at most 100 characters.");

export const createAccountSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  role: z.enum(roles, { error: "Choose a role." }),
});

/** Slugs appear in every course URL, so they stay short, lower-case and readable. */
export const courseSlugSchema = z
  .string({ error: "Enter a URL name." })
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters.")
  .max(60, "Use at most 60 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens, like intro-to-deterrence.");

export const createCourseSchema = z.object({
  title: z.string({ error: "Enter a title." }).trim().min(1, "Enter a title.").max(200, "Use at most 200 characters."),
  slug: courseSlugSchema,
  description: z.string().trim().max(2000, "Use at most 2000 characters.").default(""),
});

export const userIdSchema = z.object({ userId: z.string().uuid("That account was not found.") });

export const instructorAssignmentSchema = z.object({
  course: courseSlugSchema,
  email: emailSchema,
});

export const instructorRemovalSchema = z.object({
  course: courseSlugSchema,
  userId: z.string().uuid("That account was not found."),
});

export const userListPageSize = 25;

/** The users list's query string; anything unexpected falls back to "all" rather than failing the page. */
export const userFilterSchema = z.object({
  q: z.string().trim().max(100).catch("").default(""),
  role: z.enum(roles).optional().catch(undefined),
  status: z.enum(userStatuses).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type UserFilter = z.output<typeof userFilterSchema>;

/** The query string for a filter, leaving defaults out so links stay short. */
export function userFilterQuery(filter: Partial<UserFilter>): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.role) params.set("role", filter.role);
  if (filter.status) params.set("status", filter.status);
  if (filter.page && filter.page > 1) params.set("page", String(filter.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Turns `%` and `_` into literals so a search for "a_b" does not match "axb". */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
