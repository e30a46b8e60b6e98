import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { loadPracticeRound } from "@/server/practice/practice";
import { getCachedLesson } from "../../../../../../lib/cached-content";
import { guardPage } from "../../../../../../lib/page-guard";
import { PracticeRunner } from "../../../../../../ui/practice/practice-runner";

export const metadata: Metadata = { title: "Practice" };

/** A new round on every visit: unlimited practice, never counted in the gradebook. */
export default async function PracticePage({ params }: { params: Promise<{ course: string; lesson: string }> }) {
  const { course: courseSlug, lesson: lessonSlug } = await params;
  const { course, user, access } = await guardPage(() => guards.requireEnrollment(courseSlug), `/courses/${courseSlug}/lessons/${lessonSlug}/practice`);
  const found = await getCachedLesson(course.id, lessonSlug);
  if (!found) notFound();
  const lessonHref = `/courses/${course.slug}/lessons/${lessonSlug}`;
  const roundId = randomUUID();
  const questions = access === "learner" ? await loadPracticeRound({ db: await getDb(), user, lessonId: found.lesson.id, roundId }) : [];
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={lessonHref} className="text-blue-800 underline underline-offset-4">
          {found.lesson.title}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold">Practice: {found.lesson.title}</h1>
      <p className="text-slate-700">Answer one question at a time and see why straight away. Practice never counts towards your grades; a round of 80 % or more completes the lesson.</p>
      {access === "learner" ? (
        <PracticeRunner lessonId={found.lesson.id} roundId={roundId} questions={questions.map(({ versionId, view }) => ({ versionId, view }))} lessonHref={lessonHref} />
      ) : (
        <p className="text-slate-700">Practice is recorded for enrolled learners only.</p>
      )}
    </div>
  );
}
