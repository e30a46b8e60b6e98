import { roles, userStatuses } from "@/db/schema/enums";
import type { UserFilter } from "@/lib/admin/forms";

const select = "block rounded border border-slate-400 bg-white px-3 py-2 text-slate-900";

/** A plain GET form: the filter lives in the URL, so it can be bookmarked and works without JavaScript. */
export function UserFilters({ filter }: { filter: UserFilter }) {
  return (
    <form method="get" action="/admin" role="search" aria-label="Filter accounts" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="space-y-1">
        <label htmlFor="q" className="block font-medium text-slate-800">
          Name or email
        </label>
        <input id="q" name="q" type="search" defaultValue={filter.q} className="block rounded border border-slate-400 bg-white px-3 py-2 text-slate-900" />
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-role" className="block font-medium text-slate-800">
          Role
        </label>
        <select id="filter-role" name="role" defaultValue={filter.role ?? ""} className={select}>
          <option value="">Any role</option>
          {roles.map((role) => (
            <option key={role} value={role} className="capitalize">
              {role[0]!.toUpperCase() + role.slice(1)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-status" className="block font-medium text-slate-800">
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={filter.status ?? ""} className={select}>
          <option value="">Any status</option>
          {userStatuses.map((status) => (
            <option key={status} value={status}>
              {status === "pending" ? "Waiting for password" : status[0]!.toUpperCase() + status.slice(1)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
        Show accounts
      </button>
    </form>
  );
}
