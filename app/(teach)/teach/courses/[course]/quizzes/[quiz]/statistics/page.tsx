import type { Metadata } from "next";
import { z } from "zod";
import { guardPage } from "@/app/lib/page-guard";
import { AttemptSelector } from "@/app/ui/statistics/attempt-selector";
import { QuestionTable } from "@/app/ui/statistics/question-table";
import { QuizSummary } from "@/app/ui/statistics/quiz-summary";
import { ResponseTables } from "@/app/ui/statistics/response-tables";
import { ScoreHistogram } from "@/app/ui/statistics/score-histogram";
import { whichAttemptsLabels } from "@/app/ui/statistics/format";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { whichAttemptsValues } from "@/lib/statistics/types";
import { loadQuizStatistics } from "@/server/statistics/load";
import { QuizBreadcrumb } from "../../_ui/breadcrumb";

export const metadata: Metadata = { title: "Quiz statistics" };

const whichSchema = z.enum(whichAttemptsValues).optional().catch(undefined);

export default async function QuizStatisticsPage({ params, searchParams }: { params: Promise<{ course: string; quiz: string }>; searchParams: Promise<{ attempts?: string }> }) {
  const { course: courseSlug, quiz: quizId } = await params;
  const which = whichSchema.parse((await searchParams).attempts);
  const here = `/teach/courses/${courseSlug}/quizzes/${quizId}/statistics`;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), here);
  const db = await getDb();
  const view = await guardPage(() => loadQuizStatistics({ db, courseId: course.id, quizId, which }), here);
  const { analysis } = view;
  const base = `/teach/courses/${course.slug}/quizzes/${view.quiz.id}`;
  return (
    <div className="mx-auto max-w-7xl space-y-8">
      <QuizBreadcrumb courseSlug={course.slug} courseTitle={course.title} trail={[{ href: `${base}/edit`, label: view.quiz.title }]} />
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Statistics: {view.quiz.title}</h1>
        <p className="max-w-3xl text-slate-700">
          Item analysis computed as Moodle computes it, on finished attempts (previews excluded). Marks are shown as a percentage of the quiz&apos;s total marks. The
          grading method of this quiz ({view.quiz.gradingMethod}) sets the default choice of attempts.
        </p>
        <AttemptSelector which={view.which} defaultWhich={view.defaultWhich} />
      </header>

      {analysis.quiz.s === 0 ? (
        <p role="status" className="rounded-lg border border-slate-200 bg-white p-4">
          No finished attempts to analyse for “{whichAttemptsLabels[view.which]}”. Statistics appear once learners have submitted attempts (and any essays are graded).
        </p>
      ) : (
        <>
          <section aria-labelledby="summary-heading" className="space-y-3">
            <h2 id="summary-heading" className="text-xl font-semibold">
              Quiz
            </h2>
            <QuizSummary quiz={analysis.quiz} />
          </section>
          <section aria-labelledby="histogram-heading" className="space-y-3">
            <h2 id="histogram-heading" className="text-xl font-semibold">
              Distribution of grades
            </h2>
            <ScoreHistogram bands={analysis.histogram} />
          </section>
          <section aria-labelledby="questions-heading" className="space-y-3">
            <h2 id="questions-heading" className="text-xl font-semibold">
              Questions
            </h2>
            <p className="max-w-3xl text-sm text-slate-700">
              Facility is the average mark as a share of the question&apos;s marks. The discrimination index is the correlation between this question and the rest of the
              quiz. Questions with a facility outside 10–90% or a discrimination index below 20% are marked “Check” with a hint.
            </p>
            <QuestionTable analysis={analysis} questions={view.questions} drawn={view.drawn} />
          </section>
          <section aria-labelledby="responses-heading" className="space-y-3">
            <h2 id="responses-heading" className="text-xl font-semibold">
              Response analysis
            </h2>
            <p className="max-w-3xl text-sm text-slate-700">
              How often each answer was given, overall and by the top and bottom third of attempts ranked by grade. A wrong answer that attracts the top third more than
              the bottom third often points to a flawed key or an ambiguous option.
            </p>
            <ResponseTables groups={analysis.responses} questions={view.questions} drawn={view.drawn} />
          </section>
        </>
      )}
    </div>
  );
}
