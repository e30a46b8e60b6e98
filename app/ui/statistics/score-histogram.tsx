import type { HistogramBand } from "@/lib/statistics";

/** CSS bars drawn for the eye (hidden from assistive technology), with the same counts in a table beside them. */
export function ScoreHistogram({ bands }: { bands: HistogramBand[] }) {
  const most = Math.max(1, ...bands.map((band) => band.count));
  const label = (band: HistogramBand, index: number) => `${band.from.toFixed(0)}–${band.to.toFixed(0)}%${index === bands.length - 1 ? "" : " (excl.)"}`;
  return (
    <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
      <div aria-hidden="true" className="flex h-64 items-end gap-1 rounded-lg border border-slate-200 bg-white p-3">
        {bands.map((band, index) => (
          <div key={band.from} className="flex h-full flex-1 flex-col items-center justify-end">
            <span className="text-xs tabular-nums text-slate-700">{band.count}</span>
            <div className="w-full rounded-t bg-blue-700" style={{ height: `${(band.count * 85) / most}%` }} />
            <span className="mt-1 text-[0.65rem] text-slate-700">{index === 0 ? "0" : band.from.toFixed(0)}</span>
          </div>
        ))}
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        <table className="w-full text-left text-sm">
          <caption className="text-left font-medium">Number of attempts by grade band</caption>
          <thead>
            <tr className="border-b border-slate-300 text-slate-700">
              <th scope="col" className="px-3 py-1 font-medium">
                Grade band
              </th>
              <th scope="col" className="px-3 py-1 font-medium">
                Attempts
              </th>
            </tr>
          </thead>
          <tbody>
            {bands.map((band, index) => (
              <tr key={band.from} className="border-b border-slate-100">
                <th scope="row" className="px-3 py-1 font-normal">
                  {label(band, index)}
                </th>
                <td className="px-3 py-1 tabular-nums">{band.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
