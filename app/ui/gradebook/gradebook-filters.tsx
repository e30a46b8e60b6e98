import { gradebookStatuses, statusLabels, type GradebookQuery } from "@/lib/gradebook/gradebook";

/** A plain GET form, so filtering works without JavaScript; the sort order is carried along. */
export function GradebookFilters({ action, query }: { action: string; query: GradebookQuery }) {
  return (
    <form action={action} method="get" role="search" aria-label="Filter learners" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="gradebook-q" className="text-sm font-medium">
          Name or email contains
        </label>
        <input id="gradebook-q" name="q" type="search" defaultValue={query.q} className="rounded border border-slate-400 px-3 py-1.5" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="gradebook-status" className="text-sm font-medium">
          Status on any quiz
        </label>
        <select id="gradebook-status" name="status" defaultValue={query.status ?? ""} className="rounded border border-slate-400 px-3 py-1.5">
          <option value="">Any status</option>
          {gradebookStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
        Apply
      </button>
      <a href={action} className="py-2 text-blue-800 underline underline-offset-4">
        Clear
      </a>
    </form>
  );
}
