import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { invalidInvitationMessage, loadInvitation } from "@/server/roster/accept";
import { AcceptInvitationForm } from "./accept-form";

export const metadata: Metadata = { title: "Accept your invitation", referrer: "no-referrer" };

/** The link is the credential, so this page needs no session and leaks the token to no other site. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await loadInvitation({ db: await getDb(), token });
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      {invitation ? (
        <>
          <h1 className="mb-2 text-2xl font-bold">Set up your account</h1>
          <p className="mb-6 text-slate-700">
            You are invited{invitation.course ? <> to <strong>{invitation.course.title}</strong></> : null} as <strong className="break-all">{invitation.email}</strong>. Choose your name and a password to finish.
          </p>
          <AcceptInvitationForm token={token} email={invitation.email} name={invitation.name} />
        </>
      ) : (
        <>
          <h1 className="mb-4 text-2xl font-bold">Invitation link not valid</h1>
          <p className="mb-4 text-slate-800">{invalidInvitationMessage}</p>
          <p className="text-slate-700">
            Links work once and for 7 days. If you already set your password,{" "}
            <Link href="/signin" className="text-blue-800 underline underline-offset-4">
              sign in
            </Link>
            .
          </p>
        </>
      )}
    </div>
  );
}
