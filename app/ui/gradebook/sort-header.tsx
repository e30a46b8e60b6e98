import Link from "next/link";
import type { GradebookQuery } from "@/lib/gradebook/gradebook";

/** The URL of the gradebook sorted by `sort`: a second click on the current column reverses it. */
export function sortHref(base: string, query: GradebookQuery, sort: string): string {
  const dir = query.sort === sort && query.dir === "asc" ? "desc" : "asc";
  const params = new URLSearchParams({ sort, dir });
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  return `${base}?${params}`;
}

/** A column header that sorts by a link (works without JavaScript) and says how it is sorted. */
export function SortHeader({ base, query, sort, label, children }: { base: string; query: GradebookQuery; sort: string; label: string; children?: React.ReactNode }) {
  const current = query.sort === sort;
  const direction = current ? (query.dir === "asc" ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" aria-sort={direction ?? "none"} className="px-3 py-2 align-bottom font-medium">
      <Link href={sortHref(base, query, sort)} className="text-blue-800 underline underline-offset-4">
        {label}
        <span className="sr-only">{current ? `, sorted ${direction}; sort ${direction === "ascending" ? "descending" : "ascending"}` : ", sort"}</span>
        {current && <span aria-hidden="true"> {query.dir === "asc" ? "▲" : "▼"}</span>}
      </Link>
      {children}
    </th>
  );
}
