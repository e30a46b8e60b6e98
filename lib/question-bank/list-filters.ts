import { z } from "zod";
import { questionTypes } from "../content/schema";

/**
 * The question bank list's filters, read from the URL so a filtered list can be bookmarked and
 * shared. Anything unreadable is dropped, not refused: a stale bookmark still opens the list.
 */

export const bankPageSize = 50;
export const statusFilters = ["active", "retired", "all"] as const;

export interface BankFilters {
  q: string;
  lesson: string;
  type: (typeof questionTypes)[number] | "";
  tag: string;
  difficulty: "1" | "2" | "3" | "";
  status: (typeof statusFilters)[number];
  flagged: boolean;
  page: number;
}

const orBlank = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal("")]).catch("");

const filtersSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  lesson: orBlank(z.uuid()),
  type: orBlank(z.enum(questionTypes)),
  tag: z.string().trim().max(40).catch(""),
  difficulty: orBlank(z.enum(["1", "2", "3"])),
  status: z.enum(statusFilters).catch("active"),
  flagged: z.literal("1").optional().catch(undefined).transform((value) => value === "1"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

type SearchParams = Record<string, string | string[] | undefined>;

export function readBankFilters(params: SearchParams): BankFilters {
  const first = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return filtersSchema.parse(first) as BankFilters;
}

/** The filters as query parameters, defaults left out; `page` only when asked for. */
export function bankQuery(filters: BankFilters, { page }: { page?: number } = {}): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.q) query.set("q", filters.q);
  if (filters.lesson) query.set("lesson", filters.lesson);
  if (filters.type) query.set("type", filters.type);
  if (filters.tag) query.set("tag", filters.tag);
  if (filters.difficulty) query.set("difficulty", filters.difficulty);
  if (filters.status !== "active") query.set("status", filters.status);
  if (filters.flagged) query.set("flagged", "1");
  if (page && page > 1) query.set("page", String(page));
  return query;
}

/** A search term for SQL `ilike`, with its wildcards taken literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The first words of a stem, for a list row. */
export function excerpt(text: string, length = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  return `${cut.slice(0, cut.lastIndexOf(" ") > length * 0.6 ? cut.lastIndexOf(" ") : length).trimEnd()}…`;
}
