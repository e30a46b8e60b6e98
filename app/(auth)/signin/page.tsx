import type { Metadata } from "next";
import { localPathOrNull } from "@/lib/auth/local-path";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-6 text-2xl font-bold">Sign in</h1>
      <SignInForm callbackUrl={localPathOrNull(callbackUrl) ?? undefined} />
    </div>
  );
}
