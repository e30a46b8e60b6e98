import type { Metadata } from "next";
import Link from "next/link";
import { learnerAccommodationsPath, runningAttemptsPath } from "@/app/lib/accommodation-paths";
import { guardPage } from "@/app/lib/page-guard";
import { ColumnHeadings } from "@/app/ui/column-headings";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { describeAccommodation, formatAttempts, formatDuration, formatUtc, formatWindow } from "@/lib/quizzes/format";
import { accommodationFormValues } from "@/lib/quizzes/form-values";
import { listTimeZones } from "@/lib/quizzes/time-zone";
import { listQuizAccommodations } from "@/server/accommodations/views";
import { AccommodationForm, RemoveAccommodation } from "../../_ui/accommodation-form";
import { QuizBreadcrumb } from "../../_ui/breadcrumb";

export const metadata: Metadata = { title: "Accommodations" };

export default async function AccommodationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ course: string; quiz: string }>;
  searchParams: Promise<{ learner?: string; removed?: string }>;
}) {
  const { course: courseSlug, quiz: quizId } = await params;
  const { learner: learnerId, removed } = await searchParams;
  const here = `/teach/courses/${courseSlug}/quizzes/${quizId}/accommodations`;
  const db = await getDb();
  const { course, quiz, learners } = await guardPage(() => listQuizAccommodations({ db, guards, courseSlug, quizId }), here);
  const chosen = learners.find((entry) => entry.learner.id === learnerId);
  const current = chosen?.quiz ?? chosen?.course ?? null;
  const initial = { userId: chosen?.learner.id ?? "", scope: chosen && !chosen.quiz && chosen.course ? "course" : "quiz", ...accommodationFormValues(current) };
  const removedName = removed === "none" ? null : learners.find((entry) => entry.learner.id === removed)?.learner.name;
  const base = `/teach/courses/${course.slug}/quizzes`;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <QuizBreadcrumb courseSlug={course.slug} courseTitle={course.title} trail={[{ href: `${base}/${quiz.id}/edit`, label: quiz.title }]} />
      <header>
        <h1 className="text-3xl font-bold">Accommodations: {quiz.title}</h1>
        <p className="mt-2 text-slate-700">More time, more attempts or a later close for individual learners. An accommodation only ever relaxes the quiz&apos;s rules.</p>
        <p className="mt-2 text-slate-700">
          Saving one also lengthens the learner&apos;s attempt already under way to what the new rules give, so they benefit at once; it never shortens one. For more time in the
          room right now, use{" "}
          <Link href={runningAttemptsPath(course.slug, quiz.id)} className="text-blue-800 underline underline-offset-4">
            attempts under way
          </Link>
          .
        </p>
        <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-slate-700">
          {[
            ["Time limit", formatDuration(quiz.timeLimitSeconds)],
            ["Window", formatWindow(quiz.opensAt, quiz.closesAt)],
            ["Attempts allowed", formatAttempts(quiz.attemptsAllowed)],
          ].map(([term, detail]) => (
            <div key={term} className="flex gap-1">
              <dt className="font-medium">{term}:</dt>
              <dd>{detail}</dd>
            </div>
          ))}
        </dl>
      </header>
      <div role="status" aria-live="polite">
        {removed && <p className="font-medium text-green-800">{removedName ? `Removed an accommodation for ${removedName}.` : "There was nothing to remove."}</p>}
      </div>

      <section aria-labelledby="learners-heading" className="space-y-3">
        <h2 id="learners-heading" className="text-xl font-semibold">
          Enrolled learners
        </h2>
        {learners.length === 0 ? (
          <p className="text-slate-700">No learner is enrolled in this course yet.</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left">
              <ColumnHeadings headings={["Learner", "For this quiz", "Course-wide", "Actions"]} />
              <tbody>
                {learners.map(({ learner, quiz: own, course: courseWide }) => (
                  <tr key={learner.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className="px-4 py-2 font-medium">
                      {learner.name}
                      <span className="block text-sm font-normal text-slate-600">{learner.email}</span>
                    </th>
                    <td className="px-4 py-2">{describeAccommodation(own)}</td>
                    <td className="px-4 py-2">
                      {describeAccommodation(courseWide)}
                      {own && courseWide && <span className="block text-sm text-slate-600">Not used here: this quiz has its own.</span>}
                    </td>
                    <td className="space-y-2 px-4 py-2">
                      <Link href={`?learner=${learner.id}#set-heading`} className="block text-blue-800 underline underline-offset-4">
                        Change<span className="sr-only"> {learner.name}&apos;s accommodation</span>
                      </Link>
                      <Link href={learnerAccommodationsPath(course.slug, learner.id)} className="block text-blue-800 underline underline-offset-4">
                        All quizzes<span className="sr-only"> for {learner.name}</span>
                      </Link>
                      {own && <RemoveAccommodation courseSlug={course.slug} quizId={quiz.id} userId={learner.id} scope="quiz" label="Remove for this quiz" learnerName={learner.name} />}
                      {courseWide && <RemoveAccommodation courseSlug={course.slug} quizId={quiz.id} userId={learner.id} scope="course" label="Remove course-wide" learnerName={learner.name} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="set-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 sm:p-6">
        <h2 id="set-heading" className="text-xl font-semibold">
          {chosen ? `Accommodation for ${chosen.learner.name}` : "Set an accommodation"}
        </h2>
        <p className="text-sm text-slate-600">Saving replaces the learner&apos;s accommodation for the scope you choose. Leave a field blank to change nothing there.</p>
        <AccommodationForm
          key={initial.userId}
          courseSlug={course.slug}
          quizId={quiz.id}
          learners={learners.map(({ learner }) => ({ value: learner.id, label: `${learner.name} (${learner.email})` }))}
          initial={initial}
          timeZones={listTimeZones()}
          quizCloses={quiz.closesAt ? formatUtc(quiz.closesAt) : null}
        />
      </section>
    </div>
  );
}
