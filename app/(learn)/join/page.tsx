import type { Metadata } from "next";
import { guards } from "@/auth";
import { guardPage } from "../../lib/page-guard";
import { JoinForm } from "./join-form";

export const metadata: Metadata = { title: "Join a course" };

export default async function JoinPage() {
  await guardPage(() => guards.requireUser(), "/join");
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-6 text-2xl font-bold">Join a course</h1>
      <JoinForm />
    </div>
  );
}
