import Link from "next/link";
import { difficultyChoices, typeChoices } from "@/lib/question-bank/form-fields";
import type { BankFilters } from "@/lib/question-bank/list-filters";
import { control } from "@/app/ui/fields";

const label = "block text-sm font-medium text-slate-800";

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
        <div className="space-y-1">
          <label htmlFor="filter-lesson" className={label}>
            Lesson
          </label>
          <select id="filter-lesson" name="lesson" defaultValue={filters.lesson} className={control}>
            <option value="">Any lesson</option>
            {lessons.map((lesson) => (
              <option key={lesson.id} value={lesson.id}>
                {lesson.unitTitle}: {lesson.title}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-type" className={label}>
            Type
          </label>
          <select id="filter-type" name="type" defaultValue={filters.type} className={control}>
            <option value="">Any type</option>
            {typeChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-tag" className={label}>
            Tag
          </label>
          <select id="filter-tag" name="tag" defaultValue={filters.tag} className={control}>
            <option value="">Any tag</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-difficulty" className={label}>
            Difficulty
          </label>
          <select id="filter-difficulty" name="difficulty" defaultValue={filters.difficulty} className={control}>
            <option value="">Any difficulty</option>
            {difficultyChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-status" className={label}>
            Status
          </label>
          <select id="filter-status" name="status" defaultValue={filters.status} className={control}>
            <option value="active">Active</option>
            <option value="retired">Retired</option>
            <option value="all">Active and retired</option>
          </select>
        </div>
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
