import Link from "next/link";
import type { AuditEntryView } from "@/server/admin/audit";

const link = "text-blue-800 underline underline-offset-4";

/** An empty cell read as "none" rather than as a dash's name. */
function Nothing() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">none</span>
    </>
  );
}

function Actor({ entry }: { entry: AuditEntryView }) {
  if (!entry.actorId) return <span className="italic">System</span>;
  return (
    <>
      <Link href={`/admin/users/${entry.actorId}`} className={link}>
        {entry.actorName ?? entry.actorId}
      </Link>
      <span className="block text-slate-600 [overflow-wrap:anywhere]">{entry.actorEmail}</span>
    </>
  );
}

function Subject({ entry }: { entry: AuditEntryView }) {
  if (entry.entityType === "user") {
    return (
      <Link href={`/admin/users/${entry.entityId}`} className={link}>
        {entry.subjectName ?? `Account ${entry.entityId}`}
      </Link>
    );
  }
  return (
    <>
      <span className="capitalize">{entry.entityType}</span> <span className="font-mono text-xs [overflow-wrap:anywhere]">{entry.entityId}</span>
    </>
  );
}

function Changes({ changes }: { changes: AuditEntryView["changes"] }) {
  if (changes.length === 0) return <Nothing />;
  return (
    <ul className="space-y-1">
      {changes.map((change) => (
        <li key={change.field} className="[overflow-wrap:anywhere]">
          <span className="font-medium">{change.field}</span>: {change.before ?? <Nothing />} <span aria-hidden="true">→</span>
          <span className="sr-only"> to</span> {change.after ?? <Nothing />}
        </li>
      ))}
    </ul>
  );
}

/** "2026-12-06" over "05:29:21 UTC": the log is read across time zones, so one zone, written out. */
function When({ date }: { date: Date }) {
  const iso = date.toISOString();
  return (
    <time dateTime={iso}>
      <span className="block">{iso.slice(0, 10)}</span> <span className="block">{iso.slice(11, 19)} UTC</span>
    </time>
  );
}

export function AuditTable({ entries, page, pages }: { entries: AuditEntryView[]; page: number; pages: number }) {
  return (
    // Focusable so keyboard users can scroll the table sideways on a narrow screen.
    <div tabIndex={0} role="region" aria-label="Audit log entries" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">
          Audit log entries, newest first, page {page} of {pages}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-sm text-slate-600">
            <th scope="col" className="px-3 py-2 font-medium">When (UTC)</th>
            <th scope="col" className="px-3 py-2 font-medium">Who</th>
            <th scope="col" className="px-3 py-2 font-medium">Action</th>
            <th scope="col" className="px-3 py-2 font-medium">Course</th>
            <th scope="col" className="px-3 py-2 font-medium">Subject</th>
            <th scope="col" className="px-3 py-2 font-medium">Reason</th>
            <th scope="col" className="px-3 py-2 font-medium">Before → after</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-slate-100 align-top last:border-0">
              <th scope="row" className="px-3 py-2 font-normal whitespace-nowrap">
                <When date={entry.createdAt} />
              </th>
              <td className="min-w-44 px-3 py-2">
                <Actor entry={entry} />
              </td>
              <td className="min-w-32 px-3 py-2">
                {entry.label}
                {entry.label !== entry.action && <span className="block font-mono text-xs text-slate-600">{entry.action}</span>}
              </td>
              <td className="min-w-24 px-3 py-2">{entry.courseTitle ?? <Nothing />}</td>
              <td className="min-w-28 px-3 py-2">
                <Subject entry={entry} />
              </td>
              <td className="min-w-28 px-3 py-2 [overflow-wrap:anywhere]">{entry.reason ?? <Nothing />}</td>
              <td className="min-w-56 px-3 py-2">
                <Changes changes={entry.changes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
