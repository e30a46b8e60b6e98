import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/app/ui/account/reset-password-form";
import { getDb } from "@/db";
import { resetLinkState } from "@/server/account/account";

// The token is in this page's address: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: "Choose a password", referrer: "no-referrer", robots: { index: false, follow: false } };

export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await resetLinkState({ db: await getDb(), token });
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      {state.usable ? (
        <>
          <h1 className="mb-2 text-2xl font-bold">{state.settingFirstPassword ? "Choose your password" : "Choose a new password"}</h1>
          <p className="mb-6 [overflow-wrap:anywhere] text-slate-700">For {state.email}. This link works once.</p>
          <ResetPasswordForm token={token} email={state.email} />
        </>
      ) : (
        <>
          <h1 className="mb-4 text-2xl font-bold">This link cannot be used</h1>
          <p className="mb-6 text-slate-700">{state.message}</p>
          <Link href="/signin" className="text-blue-800 underline underline-offset-4">
            Go to sign in
          </Link>
        </>
      )}
    </div>
  );
}
