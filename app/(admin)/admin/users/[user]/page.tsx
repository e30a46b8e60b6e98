import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { guardPage } from "@/app/lib/page-guard";
import { AdminNav } from "@/app/ui/admin/admin-nav";
import { StatusBadge } from "@/app/ui/admin/status-badge";
import { ResetLinkAction, StatusAction } from "@/app/ui/admin/user-actions";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { userIdSchema } from "@/lib/admin/forms";
import { getUserForAdmin } from "@/server/admin/users";

export const metadata: Metadata = { title: "Account · Administration" };

export default async function AdminUserPage({ params }: { params: Promise<{ user: string }> }) {
  const { user: userId } = await params;
  const admin = await guardPage(() => guards.requireRole("admin"), `/admin/users/${userId}`);
  if (!userIdSchema.safeParse({ userId }).success) notFound();
  const db = await getDb();
  const user = await guardPage(() => getUserForAdmin({ db, guards, userId }), `/admin/users/${userId}`);
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{user.name}</h1>
        <AdminNav current="/admin" />
      </header>
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5">
        <dt className="font-medium text-slate-700">Email</dt>
        <dd className="[overflow-wrap:anywhere]">{user.email}</dd>
        <dt className="font-medium text-slate-700">Role</dt>
        <dd className="capitalize">{user.role}</dd>
        <dt className="font-medium text-slate-700">Status</dt>
        <dd>
          <StatusBadge status={user.status} />
        </dd>
        <dt className="font-medium text-slate-700">Created</dt>
        <dd>{user.createdAt.toISOString().slice(0, 10)}</dd>
      </dl>
      <section aria-labelledby="access-heading" className="max-w-xl space-y-3">
        <h2 id="access-heading" className="text-xl font-semibold">
          Access
        </h2>
        <p className="text-slate-700">Deactivating ends the account&apos;s open sessions at once and stops it signing in; its work is kept.</p>
        <StatusAction key={user.status} userId={user.id} status={user.status} isSelf={admin.id === user.id} />
      </section>
      {user.status !== "deactivated" && (
        <section aria-labelledby="reset-heading" className="max-w-xl space-y-3">
          <h2 id="reset-heading" className="text-xl font-semibold">
            Password
          </h2>
          <p className="text-slate-700">
            {user.hasPassword
              ? "A reset link lets the owner choose a new password once, within 24 hours. Their sessions end when they use it."
              : "This account has no password yet. A new link replaces the one handed over before."}
          </p>
          <ResetLinkAction userId={user.id} />
        </section>
      )}
      <div className="flex flex-wrap gap-6">
        <Link href={`/admin/audit?user=${user.id}`} className="text-blue-800 underline underline-offset-4">
          Activity of this account
        </Link>
        <Link href="/admin" className="text-blue-800 underline underline-offset-4">
          Back to users
        </Link>
      </div>
    </div>
  );
}
