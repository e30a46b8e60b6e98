import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { AdminNav } from "@/app/ui/admin/admin-nav";
import { StatusBadge } from "@/app/ui/admin/status-badge";
import { UserFilters } from "@/app/ui/admin/user-filters";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { userFilterQuery, userFilterSchema } from "@/lib/admin/forms";
import { listUsersForAdmin } from "@/server/admin/users";

export const metadata: Metadata = { title: "Users · Administration" };

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filter = userFilterSchema.parse(await searchParams);
  const db = await getDb();
  const { users, total, page, pages } = await guardPage(() => listUsersForAdmin({ db, guards, filter }), `/admin${userFilterQuery(filter)}`);
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Administration</h1>
        <AdminNav current="/admin" />
      </header>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h2 className="text-2xl font-semibold">Users</h2>
        <Link href="/admin/users/new" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
          Create an account
        </Link>
      </div>
      <UserFilters filter={filter} />
      <p role="status" className="text-slate-700">
        {total === 0 ? "No accounts match." : `${total} account${total === 1 ? "" : "s"} match${total === 1 ? "es" : ""}; page ${page} of ${pages}.`}
      </p>
      {/* Focusable so keyboard users can scroll the table sideways on a narrow screen. */}
      {users.length > 0 && (
        <div tabIndex={0} role="region" aria-label="Accounts" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">Accounts, page {page} of {pages}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-sm text-slate-600">
                <th scope="col" className="px-4 py-2 font-medium">Name</th>
                <th scope="col" className="px-4 py-2 font-medium">Email</th>
                <th scope="col" className="px-4 py-2 font-medium">Role</th>
                <th scope="col" className="px-4 py-2 font-medium">Status</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="px-4 py-2 font-medium">
                    <Link href={`/admin/users/${user.id}`} className="text-blue-800 underline underline-offset-4">
                      {user.name}
                    </Link>
                  </th>
                  <td className="min-w-48 px-4 py-2 [overflow-wrap:anywhere]">{user.email}</td>
                  <td className="px-4 py-2 capitalize">{user.role}</td>
                  <td className="px-4 py-2">
                    <StatusBadge status={user.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label="Pages of accounts" className="flex gap-4">
          {page > 1 && (
            <Link href={`/admin${userFilterQuery({ ...filter, page: page - 1 })}`} className="text-blue-800 underline underline-offset-4">
              Previous page
            </Link>
          )}
          {page < pages && (
            <Link href={`/admin${userFilterQuery({ ...filter, page: page + 1 })}`} className="text-blue-800 underline underline-offset-4">
              Next page
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
