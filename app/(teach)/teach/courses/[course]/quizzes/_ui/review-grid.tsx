import { reviewFieldName, reviewMoments, reviewParts } from "@/lib/quizzes/form-fields";

/**
 * Moodle's review options as a table: what a learner sees (rows) at each moment (columns). Every
 * box has its own label naming both, read by screen readers in place of the table headers.
 */
export function ReviewGrid({ isChecked }: { isChecked: (name: string) => boolean }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-xl font-semibold">Review options</legend>
      <p id="review-hint" className="text-sm text-slate-600">
        What learners may see when they look back at an attempt. The defaults show nothing during the attempt, everything straight after it and
        after the close, and only marks while classmates may still be sitting it.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left" aria-describedby="review-hint">
          <thead>
            <tr className="border-b border-slate-300 text-sm text-slate-700">
              <td className="py-2 pr-4" />
              {reviewMoments.map((moment) => (
                <th key={moment.key} scope="col" className="px-2 py-2 text-center font-medium">
                  {moment.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {reviewParts.map((part) => (
              <tr key={part.key} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-4 font-medium text-slate-800">
                  {part.label}
                </th>
                {reviewMoments.map((moment) => {
                  const name = reviewFieldName(moment.key, part.key);
                  return (
                    <td key={moment.key} className="px-2 py-2 text-center">
                      <label htmlFor={name} className="sr-only">
                        {part.label}: {moment.label.toLowerCase()}
                      </label>
                      <input type="checkbox" id={name} name={name} defaultChecked={isChecked(name)} className="size-5" />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
