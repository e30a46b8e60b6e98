import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { idParam } from "@/app/lib/route-params";
import { DropForm } from "@/app/ui/regrade/drop-form";
import { DryRunTable } from "@/app/ui/regrade/dry-run-table";
import { KeySummary } from "@/app/ui/regrade/key-summary";
import { RegradeForm } from "@/app/ui/regrade/regrade-form";
import { keyUrl, regradeUrl } from "@/app/ui/regrade/urls";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { questionTypeLabels } from "@/lib/quizzes/form-fields";
import { formatUtc } from "@/lib/quizzes/format";
import { loadRegradeQuestion } from "@/server/regrade/load";
import { QuizBreadcrumb } from "../../../_ui/breadcrumb";

export const metadata: Metadata = { title: "Fix a question" };

type Query = { corrected?: string; regraded?: string; changed?: string; dropped?: string; restored?: string };

function statusMessage(query: Query): string | null {
  if (query.corrected) return "Key corrected and saved as a new version. New attempts use it now; the dry run below shows what regrading the earlier attempts would change.";
  if (query.regraded) return `Regraded ${query.regraded} ${query.regraded === "1" ? "attempt" : "attempts"}; ${query.changed ?? "0"} ${query.changed === "1" ? "mark" : "marks"} changed. Grades and the gradebook are up to date.`;
  if (query.dropped) return `Question dropped in ${query.dropped} ${query.dropped === "1" ? "attempt" : "attempts"}; totals and grades recomputed.`;
  if (query.restored) return `Question restored in ${query.restored} ${query.restored === "1" ? "attempt" : "attempts"}; totals and grades recomputed.`;
  return null;
}

export default async function RegradeQuestionPage({ params, searchParams }: { params: Promise<{ course: string; quiz: string; question: string }>; searchParams: Promise<Query> }) {
  const { course: courseSlug, quiz: rawQuizId, question: rawQuestionId } = await params;
  const query = await searchParams;
  const here = `/teach/courses/${courseSlug}/quizzes/${rawQuizId}/regrade/${rawQuestionId}`;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), here);
  const db = await getDb();
  const [quizId, questionId] = await guardPage(async () => [idParam(rawQuizId, "That quiz"), idParam(rawQuestionId, "That question")], here);
  const view = await guardPage(() => loadRegradeQuestion({ db, courseId: course.id, quizId, questionId }), here);
  const message = statusMessage(query);
  const toRegrade = view.dryRun.length;
  return (
    <div className="mx-auto max-w-6xl space-y-8">
      <QuizBreadcrumb courseSlug={course.slug} courseTitle={course.title} trail={[{ href: regradeUrl(course.slug, quizId), label: `Fix questions: ${view.quiz.title}` }]} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Fix a question</h1>
        <p className="text-slate-700">
          {questionTypeLabels[view.question.type]}, version {view.question.currentVersion}
          {view.droppedAs && ` — dropped from this quiz (${view.droppedAs === "removed" ? "removed from the total" : "full marks to everyone"})`}
        </p>
        <p className="max-w-3xl whitespace-pre-line text-lg">{view.question.stem}</p>
      </header>
      {message && (
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 p-4 font-medium text-green-900">
          {message}
        </p>
      )}

      <section aria-labelledby="key-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="key-heading" className="text-xl font-semibold">
          Key (version {view.question.currentVersion})
        </h2>
        <KeySummary keyForm={view.keyForm} />
        {view.keyForm.type !== "essay" && (
          <Link href={keyUrl(course.slug, quizId, questionId)} className="inline-block rounded border border-blue-700 px-4 py-2 font-medium text-blue-800 hover:bg-blue-50">
            Correct the key
          </Link>
        )}
        <details>
          <summary className="cursor-pointer font-medium">Versions ({view.versions.length})</summary>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
            {view.versions.map((version) => (
              <li key={version.id}>
                Version {version.version}, {version.createdByName ? `by ${version.createdByName}` : "from the course content"} on {formatUtc(version.createdAt)}: held by {version.attempts}{" "}
                {version.attempts === 1 ? "attempt" : "attempts"} at this quiz
              </li>
            ))}
          </ul>
        </details>
      </section>

      <section aria-labelledby="dry-run-heading" className="space-y-3">
        <h2 id="dry-run-heading" className="text-xl font-semibold">
          Dry run: regrading to version {view.question.currentVersion}
        </h2>
        {toRegrade === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4">Every attempt holding this question is on the current version: nothing to regrade.</p>
        ) : (
          <>
            <p>
              {view.summary.changes} {view.summary.changes === 1 ? "mark changes" : "marks change"}, {view.summary.unchanged} stay the same
              {view.summary.kept > 0 && `, ${view.summary.kept} given by hand ${view.summary.kept === 1 ? "is" : "are"} kept`}
              {view.summary.inProgress > 0 && `, ${view.summary.inProgress} ${view.summary.inProgress === 1 ? "attempt is" : "attempts are"} in progress and will be marked under the corrected key when handed in`}
              . Nothing has been changed yet.
            </p>
            <DryRunTable rows={view.dryRun} />
            <RegradeForm courseSlug={course.slug} quizId={quizId} questionId={questionId} versionId={view.question.currentVersionId} count={toRegrade} />
          </>
        )}
      </section>

      {view.attemptsHolding > 0 && (
        <section aria-labelledby="drop-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="drop-heading" className="text-xl font-semibold">
            {view.droppedAs ? "Dropped question" : "Drop this question"}
          </h2>
          <p className="max-w-3xl text-slate-700">
            For a question that cannot be fixed by correcting its key. It applies to {view.attemptsHolding === 1 ? "the one attempt" : `all ${view.attemptsHolding} attempts`} at this
            quiz holding it, and every change is kept in the audit log.
          </p>
          <DropForm courseSlug={course.slug} quizId={quizId} questionId={questionId} droppedAs={view.droppedAs} />
        </section>
      )}
    </div>
  );
}
