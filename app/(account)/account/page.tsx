import type { Metadata } from "next";
import { guardPage } from "@/app/lib/page-guard";
import { NameForm } from "@/app/ui/account/name-form";
import { PasswordForm } from "@/app/ui/account/password-form";
import { guards } from "@/auth";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await guardPage(() => guards.requireUser(), "/account");
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">Your account</h1>
        <p className="mt-2 [overflow-wrap:anywhere] text-slate-700">
          Signed in as {user.email} ({user.role}).
        </p>
      </header>
      <section aria-labelledby="name-heading" className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="name-heading" className="text-xl font-semibold">
          Name
        </h2>
        <NameForm name={user.name} />
      </section>
      <section aria-labelledby="password-heading" className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="password-heading" className="text-xl font-semibold">
          Password
        </h2>
        <p className="text-slate-700">Changing your password signs you out everywhere else.</p>
        <PasswordForm email={user.email} />
      </section>
    </div>
  );
}
