import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { idParam } from "@/app/lib/route-params";
import { BankBreadcrumb } from "@/app/ui/question-bank/breadcrumb";
import { editQuestionUrl, questionHistoryUrl } from "@/app/ui/question-bank/urls";
import { VersionView } from "@/app/ui/question-bank/version-view";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { levelChoices, typeLabel } from "@/lib/question-bank/form-fields";
import { loadQuestionHistory } from "@/server/question-bank/history";

export const metadata: Metadata = { title: "Question history" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function QuestionHistoryPage({ params }: { params: Promise<{ course: string; question: string }> }) {
  const { course: courseSlug, question: questionParam } = await params;
  const here = `/teach/courses/${courseSlug}/questions/${questionParam}/history`;
  const { course } = await guardPage(() => guards.requireCourseInstructor(courseSlug), here);
  const db = await getDb();
  const { question, tags, versions } = await guardPage(() => loadQuestionHistory({ db, courseId: course.id, questionId: idParam(questionParam, "That question") }), here);
  return (
    <div className="space-y-6">
      <BankBreadcrumb courseSlug={course.slug} courseTitle={course.title} trail={[{ href: questionHistoryUrl(course.slug, question.id), label: "Version history" }]} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Version history</h1>
        <p className="text-slate-700">
          {typeLabel(question.type)} question, {question.status === "active" ? "active" : "retired"}, now at version {question.currentVersion}
          {tags.length > 0 && `; tags: ${tags.join(", ")}`}. Versions never change once saved: each attempt keeps the version it was given. Times are in UTC.
        </p>
        <Link href={editQuestionUrl(course.slug, question.id)} className="text-blue-800 underline underline-offset-4">
          Edit this question
        </Link>
      </header>
      <ol className="space-y-4">
        {versions.map((version) => (
          <li key={version.id}>
            <article aria-labelledby={`version-${version.version}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
              <h2 id={`version-${version.version}`} className="text-xl font-semibold">
                Version {version.version}
                {version.version === question.currentVersion && " (current)"}
              </h2>
              <p className="text-sm text-slate-700">
                {version.createdByName ? `Saved by ${version.createdByName}` : "From the course content or an import"} on {when.format(version.createdAt)} · difficulty {version.difficulty} ·{" "}
                {levelChoices.find((choice) => choice.value === version.level)?.label ?? version.level}
              </p>
              <VersionView question={version.question} />
              <p className="text-sm text-slate-800">
                {version.usage.length === 0
                  ? "No attempt holds this version."
                  : `Held by ${version.usage.map((use) => `${use.attempts} attempt${use.attempts === 1 ? "" : "s"} at “${use.quizTitle}”`).join(", ")}.`}
              </p>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
