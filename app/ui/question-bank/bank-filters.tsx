import Link from "next/link";
import { difficultyChoices, typeChoices } from "@/lib/question-bank/form-fields";
import type { BankFilters } from "@/lib/question-bank/list-filters";
import { control } from "@/app/ui/fields";

const label = "block text-sm font-medium text-slate-800";

const statusChoices = [
  { value: "active", label: "Active" },
  { value: "retired", label: "Retired" },
  { value: "all", label: "Active and retired" },
];

/** One filter: its label above, "any" first when the filter can be left open. */
function FilterSelect({ name, label: text, anyLabel, defaultValue, options }: { name: string; label: string; anyLabel?: string; defaultValue?: string; options: readonly { value: string; label: string }[] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className={label}>
        {text}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={defaultValue} className={control}>
        {anyLabel && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: the filters end up in the URL, so a filtered list can be bookmarked. */
export function BankFilterForm({ action, filters, lessons, tags }: { action: string; filters: BankFilters; lessons: { id: string; title: string; unitTitle: string }[]; tags: string[] }) {
  return (
    <form method="get" action={action} role="search" aria-label="Filter questions" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor="filter-q" className={label}>
            Search the stems
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q} className={control} />
        </div>
        <FilterSelect name="lesson" label="Lesson" anyLabel="Any lesson" defaultValue={filters.lesson} options={lessons.map((lesson) => ({ value: lesson.id, label: `${lesson.unitTitle}: ${lesson.title}` }))} />
        <FilterSelect name="type" label="Type" anyLabel="Any type" defaultValue={filters.type} options={typeChoices} />
        <FilterSelect name="tag" label="Tag" anyLabel="Any tag" defaultValue={filters.tag} options={tags.map((tag) => ({ value: tag, label: tag }))} />
        <FilterSelect name="difficulty" label="Difficulty" anyLabel="Any difficulty" defaultValue={filters.difficulty} options={difficultyChoices} />
        <FilterSelect name="status" label="Status" defaultValue={filters.status} options={statusChoices} />
        <div className="flex items-start gap-2 self-end pb-2">
          <input id="filter-flagged" name="flagged" type="checkbox" value="1" defaultChecked={filters.flagged} aria-describedby="filter-flagged-hint" className="mt-1 size-4" />
          <div>
            <label htmlFor="filter-flagged" className="font-medium text-slate-800">
              Flagged by item analysis
            </label>
            <p id="filter-flagged-hint" className="text-sm text-slate-600">
              Facility outside 10–90 % or discrimination below 0.2 in a quiz.
            </p>
          </div>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
          Apply filters
        </button>
        <Link href={action} className="text-blue-800 underline underline-offset-4">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
