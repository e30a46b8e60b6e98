import type { Metadata } from "next";
import { guardPage } from "@/app/lib/page-guard";
import { InviteFlow } from "@/app/ui/roster/invite-flow";
import { RosterNav } from "@/app/ui/roster/roster-nav";
import { guards } from "@/auth";
import { inviteLimits } from "@/lib/roster/email-list";
import { previewInvitationsAction, sendInvitationsAction } from "../actions";

export const metadata: Metadata = { title: "Invite learners" };

export default async function InvitePage({ params }: { params: Promise<{ course: string }> }) {
  const { course: courseSlug } = await params;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), `/teach/courses/${courseSlug}/roster/invite`);
  return (
    <div className="space-y-8">
      <RosterNav courseSlug={course.slug} courseTitle={course.title} current="invite" />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Invite learners</h1>
        <p className="max-w-prose text-slate-700">
          Paste addresses or upload a CSV file, check what will happen to each, then confirm. New addresses get a pending account and a one-time link, valid for 7 days, that you hand to the
          learner; existing accounts are simply enrolled. Up to {inviteLimits.rows} addresses and {inviteLimits.bytes / 1024} KB at a time.
        </p>
      </header>
      <InviteFlow courseSlug={course.slug} previewAction={previewInvitationsAction} sendAction={sendInvitationsAction} />
    </div>
  );
}
