/** A table's header row of column headings, in the teaching pages' style. */
export function ColumnHeadings({ headings }: { headings: readonly string[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-300 text-sm text-slate-700">
        {headings.map((heading) => (
          <th key={heading} scope="col" className="px-4 py-2 font-medium">
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}
