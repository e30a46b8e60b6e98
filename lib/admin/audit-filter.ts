import { z } from "zod";

export const auditPageSize = 50;

/** A GET form sends an untouched field as "": that means "any", not an invalid value. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
}

const isoDate = z
  .string({ error: "Give one date, like 2026-01-31." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Write dates as year-month-day, like 2026-01-31.")
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), "That date does not exist.");

/**
 * The audit log's query string. Unlike the users list, a wrong value is reported rather than
 * quietly dropped: an admin reading a log must know the filter they asked for is the one applied.
 */
export const auditFilterSchema = z
  .object({
    action: optional(z.string({ error: "Choose one action." }).trim().max(100, "That action is too long.")),
    course: optional(z.uuid({ error: "Choose a course from the list." })),
    user: optional(z.uuid({ error: "The account must be given by its id (a UUID)." })),
    q: optional(z.string({ error: "Give one search text." }).trim().max(200, "Use at most 200 characters in the search.")),
    from: optional(isoDate),
    to: optional(isoDate),
    page: optional(z.coerce.number({ error: "The page must be a number." }).int("The page must be a whole number.").min(1, "Pages start at 1.").max(100_000, "That page is too far.")),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { message: "The start date must not be after the end date.", path: ["to"] });

export type AuditFilter = z.output<typeof auditFilterSchema>;

/** The filter's time range as instants: whole UTC days, the end day included. */
export function auditTimeRange(filter: Pick<AuditFilter, "from" | "to">): { since?: Date; before?: Date } {
  const since = filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined;
  const before = filter.to ? new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 24 * 60 * 60 * 1000) : undefined;
  return { since, before };
}

/** The query string for a filter, leaving the defaults out so links stay short. */
export function auditFilterQuery(filter: Partial<AuditFilter>): string {
  const params = new URLSearchParams();
  for (const name of ["action", "course", "user", "q", "from", "to"] as const) {
    if (filter[name]) params.set(name, filter[name]);
  }
  if (filter.page && filter.page > 1) params.set("page", String(filter.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The first problem with each field, for a message beside the form. */
export function auditFilterProblems(error: z.ZodError): string[] {
  const names: Record<string, string> = { action: "Action", course: "Course", user: "Account", q: "Search", from: "From", to: "To", page: "Page" };
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "");
    return names[field] ? `${names[field]}: ${issue.message}` : issue.message;
  });
}
