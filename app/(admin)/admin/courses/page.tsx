import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { AdminNav } from "@/app/ui/admin/admin-nav";
import { CreateCourseForm } from "@/app/ui/admin/course-forms";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { listCoursesForAdmin } from "@/server/admin/courses";

export const metadata: Metadata = { title: "Courses · Administration" };

export default async function AdminCoursesPage() {
  const db = await getDb();
  const courses = await guardPage(() => listCoursesForAdmin({ db, guards }), "/admin/courses");
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Administration</h1>
        <AdminNav current="/admin/courses" />
      </header>
      <h2 className="text-2xl font-semibold">Courses</h2>
      {courses.length === 0 ? (
        <p className="text-slate-700">No course yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">Courses</caption>
            <thead>
              <tr className="border-b border-slate-300 text-sm text-slate-600">
                <th scope="col" className="px-4 py-2 font-medium">Course</th>
                <th scope="col" className="px-4 py-2 font-medium">URL name</th>
                <th scope="col" className="px-4 py-2 font-medium">Join code</th>
                <th scope="col" className="px-4 py-2 font-medium">Instructors</th>
              </tr>
            </thead>
            <tbody>
              {courses.map((course) => (
                <tr key={course.id} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="px-4 py-2 font-medium">
                    <Link href={`/admin/courses/${course.slug}`} className="text-blue-800 underline underline-offset-4">
                      {course.title}
                    </Link>
                  </th>
                  <td className="px-4 py-2 font-mono text-sm">{course.slug}</td>
                  <td className="px-4 py-2 font-mono text-sm">{course.joinCode}</td>
                  <td className="px-4 py-2">{course.instructors.map((instructor) => instructor.name).join(", ") || "None yet"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="new-course-heading" className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="new-course-heading" className="text-xl font-semibold">
          Create a course
        </h2>
        <CreateCourseForm />
      </section>
    </div>
  );
}
