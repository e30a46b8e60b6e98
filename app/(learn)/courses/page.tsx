import type { Metadata } from "next";
import Link from "next/link";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { listInstructorCourses, listLearnerCourses } from "@/db/queries/courses";
import { guardPage } from "../../lib/page-guard";

export const metadata: Metadata = { title: "My courses" };

export default async function MyCoursesPage() {
  const user = await guardPage(() => guards.requireUser(), "/courses");
  const db = await getDb();
  const learning = await listLearnerCourses({ db, userId: user.id });
  const teaching =
    user.role === "student" ? [] : await listInstructorCourses({ db, userId: user.role === "admin" ? undefined : user.id });
  const courses = [...learning, ...teaching.filter((course) => !learning.some((other) => other.id === course.id))];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">My courses</h1>
      {courses.length === 0 ? (
        <p className="text-slate-700">
          You are not in any course yet.{" "}
          <Link href="/join" className="text-blue-800 underline underline-offset-4">
            Join a course with its code
          </Link>
          .
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {courses.map((course) => (
            <li key={course.id} className="rounded-lg border border-slate-200 bg-white p-5">
              <h2 className="text-xl font-semibold">
                <Link href={`/courses/${course.slug}`} className="text-blue-900 underline-offset-4 hover:underline">
                  {course.title}
                </Link>
              </h2>
              {"description" in course && <p className="mt-2 text-slate-700">{course.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
