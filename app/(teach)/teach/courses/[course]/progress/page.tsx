import type { Metadata } from "next";
import { guardPage } from "@/app/lib/page-guard";
import { LearnerTotals } from "@/app/ui/class-progress/learner-totals";
import { ProgressHeatmap } from "@/app/ui/class-progress/progress-heatmap";
import { TeachCourseNav } from "@/app/ui/gradebook/teach-nav";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { loadClassProgress } from "@/server/class-progress/class-progress";

export const metadata: Metadata = { title: "Learner progress" };

export default async function ClassProgressPage({ params }: { params: Promise<{ course: string }> }) {
  const { course: courseSlug } = await params;
  const db = await getDb();
  const progress = await guardPage(() => loadClassProgress({ db, guards, courseSlug }), `/teach/courses/${courseSlug}/progress`);
  return (
    <div className="space-y-8">
      <TeachCourseNav courseSlug={progress.course.slug} courseTitle={progress.course.title} current="progress" />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Learner progress</h1>
        <p className="text-slate-700">
          {progress.course.title}: what each learner has read and practised. Time spent counts only while a lesson was on screen; mastery is worked out now, so it falls as memories
          fade.
        </p>
      </header>
      <section aria-labelledby="totals" className="space-y-3">
        <h2 id="totals" className="text-xl font-semibold">
          Per learner
        </h2>
        <LearnerTotals courseTitle={progress.course.title} lessonCount={progress.lessons.length} quizzes={progress.quizzes} learners={progress.learners} />
      </section>
      <section aria-labelledby="heatmap" className="space-y-3">
        <h2 id="heatmap" className="text-xl font-semibold">
          Lessons by learner
        </h2>
        <p className="text-slate-700">Each cell gives the reading status (✓ completed, … in progress, – not started) and the mastery from practice and quizzes: the share of the lesson’s practised questions the learner is predicted to recall with over 90 % probability. The last two rows sum up each lesson.</p>
        <ProgressHeatmap courseTitle={progress.course.title} lessons={progress.lessons} learners={progress.learners} />
      </section>
    </div>
  );
}
