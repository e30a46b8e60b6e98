import type { Metadata } from "next";
import Link from "next/link";
import { learnerAccommodationsPath, quizAccommodationsPath } from "@/app/lib/accommodation-paths";
import { guardPage } from "@/app/lib/page-guard";
import { ColumnHeadings } from "@/app/ui/column-headings";
import { RosterNav } from "@/app/ui/roster/roster-nav";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { accommodationFormValues } from "@/lib/quizzes/form-values";
import { describeAccommodation, formatDuration } from "@/lib/quizzes/format";
import { listTimeZones } from "@/lib/quizzes/time-zone";
import { loadLearnerAccommodations } from "@/server/accommodations/views";
import { LearnerAccommodationForm, RemoveLearnerAccommodation } from "../../_ui/learner-accommodation-form";

export const metadata: Metadata = { title: "Learner accommodations" };

export default async function LearnerAccommodationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ course: string; user: string }>;
  searchParams: Promise<{ quiz?: string; removed?: string }>;
}) {
  const { course: courseSlug, user: userId } = await params;
  const { quiz: chosenQuiz, removed } = await searchParams;
  const db = await getDb();
  const { course, learner, courseWide, perQuiz, quizzes } = await guardPage(
    () => loadLearnerAccommodations({ db, guards, courseSlug, userId }),
    learnerAccommodationsPath(courseSlug, userId),
  );
  const rows = [
    { key: "course", quizId: "", label: "Every quiz in this course (course-wide)", row: courseWide, quizHref: null },
    ...perQuiz.map((entry) => ({ key: entry.quizId, quizId: entry.quizId, label: entry.quizTitle, row: entry.row, quizHref: quizAccommodationsPath(course.slug, entry.quizId) })),
  ];
  const chosen = chosenQuiz === "course" ? rows[0] : rows.find((entry) => entry.quizId && entry.quizId === chosenQuiz);
  const editing = chosenQuiz === undefined ? null : (chosen ?? (quizzes.some((quiz) => quiz.id === chosenQuiz) ? { quizId: chosenQuiz, row: null } : null));
  const initial = { quizId: editing?.quizId ?? "", ...accommodationFormValues(editing?.row ?? null) };
  const removedWhat = removed === "course" ? "the course-wide accommodation" : quizzes.find((quiz) => quiz.id === removed)?.title;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <RosterNav courseSlug={course.slug} courseTitle={course.title} current="learner" here={`Accommodations: ${learner.name}`} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Accommodations for {learner.name}</h1>
        <p className="text-slate-700">{learner.email}</p>
        <p className="text-slate-700">
          A course-wide accommodation applies to every quiz in {course.title}: extra time to every timed quiz, extra attempts and a later close to every quiz with a limit or a
          close. A quiz&apos;s own accommodation replaces it for that quiz. An accommodation only ever relaxes a quiz&apos;s rules.
        </p>
        <p className="text-slate-700">
          Saving also lengthens an attempt {learner.name} has under way to what the new rules give, so the extra time helps at once. Removing one never shortens an attempt under
          way; it applies from the next attempt.
        </p>
      </header>
      <div role="status" aria-live="polite">
        {removed && <p className="font-medium text-green-800">{removedWhat ? `Removed ${removed === "course" ? removedWhat : `the accommodation for ${removedWhat}`}.` : "There was nothing to remove."}</p>}
      </div>

      <section aria-labelledby="current-heading" className="space-y-3">
        <h2 id="current-heading" className="text-xl font-semibold">
          Current accommodations
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left">
            <ColumnHeadings headings={["Applies to", "Adjustments", "Actions"]} />
            <tbody>
              {rows.map((entry) => (
                <tr key={entry.key} className="border-b border-slate-100 align-top">
                  <th scope="row" className="px-4 py-2 font-medium">
                    {entry.label}
                    {entry.quizHref && (
                      <Link href={entry.quizHref} className="block text-sm font-normal text-blue-800 underline underline-offset-4">
                        Quiz accommodations<span className="sr-only"> for {entry.label}</span>
                      </Link>
                    )}
                  </th>
                  <td className="px-4 py-2">{describeAccommodation(entry.row)}</td>
                  <td className="space-y-2 px-4 py-2">
                    <Link href={`?quiz=${entry.quizId || "course"}#set-heading`} className="block text-blue-800 underline underline-offset-4">
                      {entry.row ? "Change" : "Add"}
                      <span className="sr-only"> {entry.quizId ? `the accommodation for ${entry.label}` : "the course-wide accommodation"}</span>
                    </Link>
                    {entry.row && (
                      <RemoveLearnerAccommodation
                        courseSlug={course.slug}
                        userId={learner.id}
                        quizId={entry.quizId}
                        label="Remove"
                        what={entry.quizId ? `the accommodation for ${entry.label}` : "the course-wide accommodation"}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="set-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 sm:p-6">
        <h2 id="set-heading" className="text-xl font-semibold">
          {editing?.row ? "Change an accommodation" : "Add an accommodation"}
        </h2>
        <p className="text-sm text-slate-600">Saving replaces the accommodation for the quiz you choose (or the course-wide one). Leave a field blank to change nothing there.</p>
        <LearnerAccommodationForm
          key={initial.quizId || "course"}
          courseSlug={course.slug}
          userId={learner.id}
          quizzes={quizzes.map((quiz) => ({ value: quiz.id, label: `${quiz.title} (${quiz.timeLimitSeconds ? `time limit ${formatDuration(quiz.timeLimitSeconds)}` : "untimed"})` }))}
          initial={initial}
          timeZones={listTimeZones()}
        />
      </section>
    </div>
  );
}
