import { whichAttemptsValues, type WhichAttempts } from "@/lib/statistics/types";
import { whichAttemptsLabels } from "./format";

/** A plain GET form: the choice lives in the address, so it can be bookmarked and works without JavaScript. */
export function AttemptSelector({ which, defaultWhich }: { which: WhichAttempts; defaultWhich: WhichAttempts }) {
  const order: WhichAttempts[] = ["first", "last", "highest", "all"];
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="attempts" className="block text-sm font-medium">
          Attempts analysed
        </label>
        <select id="attempts" name="attempts" defaultValue={which} className="mt-1 rounded border border-slate-400 bg-white px-3 py-2">
          {order
            .filter((value) => whichAttemptsValues.includes(value))
            .map((value) => (
              <option key={value} value={value}>
                {whichAttemptsLabels[value]}
                {value === defaultWhich ? " (grading method)" : ""}
              </option>
            ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
        Show
      </button>
    </form>
  );
}
