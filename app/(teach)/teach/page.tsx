import type { Metadata } from "next";
import Link from "next/link";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { listInstructorCourses } from "@/db/queries/courses";
import { countActiveQuestionsByLesson, listCourseOutline } from "@/db/queries/lessons";
import { guardPage } from "../../lib/page-guard";

export const metadata: Metadata = { title: "Teaching" };

export default async function TeachPage() {
  const user = await guardPage(() => guards.requireRole("instructor", "admin"), "/teach");
  const db = await getDb();
  const courses = await listInstructorCourses({ db, userId: user.role === "admin" ? undefined : user.id });
  const details = await Promise.all(
    courses.map(async (course) => ({
      course,
      outline: await listCourseOutline({ db, courseId: course.id }),
      bankSizes: await countActiveQuestionsByLesson({ db, courseId: course.id }),
    })),
  );
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">Teaching</h1>
        <p className="mt-2 text-slate-700">Courses you teach, their join codes, and the question bank behind every lesson.</p>
      </header>
      {details.length === 0 && <p className="text-slate-700">No course is assigned to you yet. An admin assigns instructors to courses.</p>}
      {details.map(({ course, outline, bankSizes }) => (
        <section key={course.id} aria-labelledby={`course-${course.slug}`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 sm:p-6">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`course-${course.slug}`} className="text-xl font-semibold">
              <Link href={`/courses/${course.slug}`} className="text-blue-900 underline-offset-4 hover:underline">
                {course.title}
              </Link>
            </h2>
            <p className="text-slate-700">
              Join code: <strong className="font-mono">{course.joinCode}</strong>
            </p>
            <Link href={`/teach/courses/${course.slug}/quizzes`} className="text-blue-800 underline underline-offset-4">
              Quizzes<span className="sr-only"> in {course.title}</span>
            </Link>
            <Link href={`/teach/courses/${course.slug}/questions`} className="text-blue-800 underline underline-offset-4">
              Question bank<span className="sr-only"> of {course.title}</span>
            </Link>
            <Link href={`/teach/courses/${course.slug}/gradebook`} className="text-blue-800 underline underline-offset-4">
              Gradebook<span className="sr-only"> of {course.title}</span>
            </Link>
            <Link href={`/teach/courses/${course.slug}/progress`} className="text-blue-800 underline underline-offset-4">
              Learner progress<span className="sr-only"> in {course.title}</span>
            </Link>
            <Link href={`/teach/courses/${course.slug}/units`} className="text-blue-800 underline underline-offset-4">
              Units<span className="sr-only"> of {course.title}</span>
            </Link>
            <Link href={`/teach/courses/${course.slug}/roster`} className="text-blue-800 underline underline-offset-4">
              Roster<span className="sr-only"> of {course.title}</span>
            </Link>
          </div>
          {outline.map((unit) => (
            <table key={unit.id} className="w-full text-left">
              <caption className="mb-2 text-left font-medium text-slate-800">{unit.title}</caption>
              <thead>
                <tr className="border-b border-slate-300 text-sm text-slate-600">
                  <th scope="col" className="py-2 pr-4 font-medium">Lesson</th>
                  <th scope="col" className="py-2 text-right font-medium">Questions in bank</th>
                </tr>
              </thead>
              <tbody>
                {unit.lessons.map((lesson) => (
                  <tr key={lesson.id} className="border-b border-slate-100">
                    <td className="py-2 pr-4">{lesson.title}</td>
                    <td className="py-2 text-right tabular-nums">{bankSizes.get(lesson.id) ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </section>
      ))}
    </div>
  );
}
