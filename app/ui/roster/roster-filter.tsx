import { rosterFilterLabels, rosterFilters, type RosterFilter } from "@/lib/roster/roster-view";

/** A plain GET form, so the filter works without JavaScript and lands in the address bar. */
export function RosterFilterForm({ courseSlug, filter }: { courseSlug: string; filter: RosterFilter }) {
  return (
    <form method="get" action={`/teach/courses/${courseSlug}/roster`} className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor="status" className="block font-medium text-slate-800">
          Show
        </label>
        <select id="status" name="status" defaultValue={filter} className="rounded border border-slate-400 bg-white px-3 py-2 text-slate-900">
          {rosterFilters.map((value) => (
            <option key={value} value={value}>
              {rosterFilterLabels[value]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border border-blue-800 px-4 py-2 text-blue-900 hover:bg-blue-50">
        Filter
      </button>
    </form>
  );
}
