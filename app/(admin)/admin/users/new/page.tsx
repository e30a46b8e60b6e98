import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { AdminNav } from "@/app/ui/admin/admin-nav";
import { CreateAccountForm } from "@/app/ui/admin/create-account-form";
import { guards } from "@/auth";

export const metadata: Metadata = { title: "Create an account · Administration" };

export default async function NewAccountPage() {
  await guardPage(() => guards.requireRole("admin"), "/admin/users/new");
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Create an account</h1>
        <AdminNav current="/admin" />
      </header>
      <p className="max-w-2xl text-slate-700">
        The account waits until its owner opens the one-time link you are shown next and chooses a password. Nobody else, you included, ever knows it.
      </p>
      <div className="max-w-xl rounded-lg border border-slate-200 bg-white p-6">
        <CreateAccountForm />
      </div>
      <Link href="/admin" className="text-blue-800 underline underline-offset-4">
        Back to users
      </Link>
    </div>
  );
}
