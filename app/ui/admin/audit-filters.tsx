import Link from "next/link";

const field = "block rounded border border-slate-400 bg-white px-3 py-2 text-slate-900";
const label = "block font-medium text-slate-800";

function Choice({ name, label: text, any, value, options }: { name: string; label: string; any: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`audit-${name}`} className={label}>
        {text}
      </label>
      <select id={`audit-${name}`} name={name} defaultValue={value ?? ""} className={field}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export type AuditFormValues = Partial<Record<"action" | "course" | "user" | "q" | "from" | "to", string>>;

/**
 * A plain GET form, as for the users list: the filter lives in the URL. It is filled from the
 * query string as typed, so a value the server refused is still there to correct.
 */
export function AuditFilters({
  values,
  actions,
  courses,
}: {
  values: AuditFormValues;
  actions: { action: string; label: string }[];
  courses: { id: string; title: string }[];
}) {
  return (
    <form method="get" action="/admin/audit" role="search" aria-label="Filter the audit log" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <Choice name="action" label="Action" any="Any action" value={values.action} options={actions.map((choice) => ({ value: choice.action, label: choice.label }))} />
      <Choice name="course" label="Course" any="Any course" value={values.course} options={courses.map((course) => ({ value: course.id, label: course.title }))} />
      <div className="space-y-1">
        <label htmlFor="audit-user" className={label}>
          Account id
        </label>
        <input id="audit-user" name="user" defaultValue={values.user ?? ""} aria-describedby="audit-user-hint" spellCheck={false} className={`${field} w-[40ch] max-w-full font-mono text-sm`} />
        <p id="audit-user-hint" className="text-sm text-slate-600">
          Entries made by the account or about it.
        </p>
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-q" className={label}>
          Reason or entity id
        </label>
        <input id="audit-q" name="q" type="search" defaultValue={values.q ?? ""} className={field} />
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-from" className={label}>
          From (UTC)
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={values.from ?? ""} className={field} />
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-to" className={label}>
          To (UTC, included)
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={values.to ?? ""} className={field} />
      </div>
      <div className="flex items-center gap-4">
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
          Show entries
        </button>
        <Link href="/admin/audit" className="text-blue-800 underline underline-offset-4">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
