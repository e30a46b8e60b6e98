import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Password set" };

export default function ResetDonePage() {
  return (
    <div className="mx-auto max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">Your password is set</h1>
      <p className="text-slate-700">Sign in with your email and the password you just chose. Any sessions open before were signed out.</p>
      <Link href="/signin" className="inline-block rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
        Sign in
      </Link>
    </div>
  );
}
