import type { Database } from "@/db/client";
import { countAuditEntries, listAuditActions, listAuditEntries } from "@/db/queries/audit";
import { listInstructorCourses } from "@/db/queries/courses";
import { getUserById } from "@/db/queries/users";
import { likePattern } from "@/lib/admin/forms";
import { auditChanges } from "@/lib/admin/audit-changes";
import { auditActionLabel } from "@/lib/admin/audit-labels";
import { auditPageSize, auditTimeRange, type AuditFilter } from "@/lib/admin/audit-filter";
import type { Guards } from "@/server/auth/guards";

/**
 * The audit log for admins. Without a filter (the page's query string was invalid) only the
 * filter's choices are read. Entries leave here with their changes already reduced to shown text,
 * so a stored secret never reaches a page, however it was written.
 */
export async function readAuditLog({ db, guards, filter }: { db: Database; guards: Guards; filter?: AuditFilter }) {
  await guards.requireRole("admin");
  const [actions, courses] = await Promise.all([listAuditActions({ db }), listInstructorCourses({ db })]);
  const choices = { actions: actions.map((action) => ({ action, label: auditActionLabel(action) })), courses: courses.map(({ id, title }) => ({ id, title })) };
  if (!filter) return { ...choices, entries: [], total: 0, page: 1, pages: 1, about: null };

  const conditions = { action: filter.action, courseId: filter.course, userId: filter.user, pattern: filter.q ? likePattern(filter.q) : undefined, ...auditTimeRange(filter) };
  const page = filter.page ?? 1;
  const [rows, total, account] = await Promise.all([
    listAuditEntries({ db, conditions, limit: auditPageSize, offset: (page - 1) * auditPageSize }),
    countAuditEntries({ db, conditions }),
    filter.user ? getUserById({ db, id: filter.user }) : undefined,
  ]);
  const entries = rows.map(({ before, after, ...row }) => ({ ...row, label: auditActionLabel(row.action), changes: auditChanges(before, after) }));
  // The account filter is an id in the URL; its name says whose activity this is.
  const about = account ? { id: account.id, name: account.name, email: account.email } : null;
  return { ...choices, entries, total, page, pages: Math.max(1, Math.ceil(total / auditPageSize)), about };
}

export type AuditLogView = Awaited<ReturnType<typeof readAuditLog>>;
export type AuditEntryView = AuditLogView["entries"][number];
