import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { ConfirmForm } from "@/app/ui/roster/confirm-form";
import { LearnersTable } from "@/app/ui/roster/learners-table";
import { RosterFilterForm } from "@/app/ui/roster/roster-filter";
import { RosterNav } from "@/app/ui/roster/roster-nav";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { parseRosterFilter, rosterFilterLabels } from "@/lib/roster/roster-view";
import { loadRoster } from "@/server/roster/roster";
import { regenerateJoinCodeAction, removeLearnerAction } from "./actions";

export const metadata: Metadata = { title: "Roster" };

export default async function RosterPage({ params, searchParams }: { params: Promise<{ course: string }>; searchParams: Promise<{ status?: string; removed?: string }> }) {
  const { course: courseSlug } = await params;
  const query = await searchParams;
  const filter = parseRosterFilter(query.status);
  const db = await getDb();
  const roster = await guardPage(() => loadRoster({ db, guards, courseSlug, filter }), `/teach/courses/${courseSlug}/roster`);
  const { course, counts } = roster;
  return (
    <div className="space-y-8">
      <RosterNav courseSlug={course.slug} courseTitle={course.title} current="roster" />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Roster</h1>
        <p className="text-slate-700">
          {course.title}: {counts.active} active, {counts.pending} pending and {counts.removed} removed {counts.removed === 1 ? "learner" : "learners"}.
        </p>
      </header>
      {typeof query.removed === "string" && (
        <p role="status" className="rounded border border-green-800 bg-green-50 p-3 font-medium text-green-900">
          {query.removed || "The learner"} was removed from the course. Their work is kept; invite them again to restore it.
        </p>
      )}
      <section aria-labelledby="enrol" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="enrol" className="text-xl font-semibold">
          Enrol learners
        </h2>
        <div className="space-y-2">
          <p className="text-slate-800">
            Join code: <strong className="font-mono text-lg">{course.joinCode}</strong>
          </p>
          <p className="text-slate-700">Learners with an account enter this code on their “Join a course” page.</p>
          <ConfirmForm
            action={regenerateJoinCodeAction}
            fields={{ course: course.slug }}
            label="Regenerate join code"
            question="Make a new join code? The current code stops working at once; learners already enrolled stay enrolled."
            confirmLabel="Yes, make a new code"
            pendingLabel="Regenerating…"
          />
        </div>
        <p>
          <Link href={`/teach/courses/${course.slug}/roster/invite`} className="inline-block rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
            Invite learners by email
          </Link>
        </p>
      </section>
      <section aria-labelledby="learners" className="space-y-3">
        <h2 id="learners" className="text-xl font-semibold">
          Learners
        </h2>
        <RosterFilterForm courseSlug={course.slug} filter={filter} />
        {roster.learners.length === 0 ? (
          <p className="text-slate-700">No learner matches “{rosterFilterLabels[filter]}”.</p>
        ) : (
          <LearnersTable courseSlug={course.slug} caption={`${rosterFilterLabels[filter]} learners in ${course.title}`} learners={roster.learners} lessonCount={roster.lessonCount} removeAction={removeLearnerAction} />
        )}
        <p className="text-sm text-slate-700">Lessons completed and quiz average come from the <Link href={`/teach/courses/${course.slug}/progress`} className="text-blue-800 underline underline-offset-4">learner progress</Link> page; removed learners’ work is kept but not counted.</p>
      </section>
      <section aria-labelledby="instructors" className="space-y-3">
        <h2 id="instructors" className="text-xl font-semibold">
          Instructors
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {roster.instructors.map((instructor) => (
            <li key={instructor.userId}>
              {instructor.name} <span className="text-slate-700">({instructor.email})</span>
            </li>
          ))}
        </ul>
        {roster.instructors.length === 0 && <p className="text-slate-700">No instructor is assigned; admins manage this course.</p>}
      </section>
    </div>
  );
}
