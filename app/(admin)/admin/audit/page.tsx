import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { AdminNav } from "@/app/ui/admin/admin-nav";
import { AuditFilters, type AuditFormValues } from "@/app/ui/admin/audit-filters";
import { AuditTable } from "@/app/ui/admin/audit-table";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { auditFilterProblems, auditFilterQuery, auditFilterSchema } from "@/lib/admin/audit-filter";
import { readAuditLog } from "@/server/admin/audit";

export const metadata: Metadata = { title: "Audit log · Administration" };

const link = "text-blue-800 underline underline-offset-4";

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const parsed = auditFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : undefined;
  const returnTo = `/admin/audit${filter ? auditFilterQuery(filter) : ""}`;
  const db = await getDb();
  const log = await guardPage(() => readAuditLog({ db, guards, filter }), returnTo);
  const values: AuditFormValues = Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]));
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Administration</h1>
        <AdminNav current="/admin/audit" />
      </header>
      <div className="space-y-2">
        <h2 className="text-2xl font-semibold">Audit log</h2>
        <p className="text-slate-700">Every administrative change and every grading, quiz, roster and accommodation change in any course, newest first. Times are in UTC.</p>
      </div>
      <AuditFilters values={values} actions={log.actions} courses={log.courses} />
      {log.about && (
        <p className="text-slate-700">
          Entries made by or about{" "}
          <Link href={`/admin/users/${log.about.id}`} className={link}>
            {log.about.name}
          </Link>{" "}
          ({log.about.email}).
        </p>
      )}
      {parsed.success ? (
        <p role="status" className="text-slate-700">
          {log.total === 0 ? "No entries match." : `${log.total} ${log.total === 1 ? "entry matches" : "entries match"}; page ${log.page} of ${log.pages}.`}
        </p>
      ) : (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
          <p className="font-medium">This filter cannot be applied:</p>
          <ul className="mt-1 list-disc pl-6">
            {auditFilterProblems(parsed.error).map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {log.entries.length > 0 && <AuditTable entries={log.entries} page={log.page} pages={log.pages} />}
      {filter && (log.pages > 1 || log.page > 1) && (
        <nav aria-label="Pages of the audit log" className="flex flex-wrap items-baseline gap-4">
          {log.page > 1 && (
            // A page past the end (an old bookmark) leads back to the last one.
            <Link href={`/admin/audit${auditFilterQuery({ ...filter, page: Math.min(log.page - 1, log.pages) })}`} className={link}>
              Previous page
            </Link>
          )}
          <span className="text-slate-700">
            Page {log.page} of {log.pages}
          </span>
          {log.page < log.pages && (
            <Link href={`/admin/audit${auditFilterQuery({ ...filter, page: log.page + 1 })}`} className={link}>
              Next page
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
