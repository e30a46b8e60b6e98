import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/lib/page-guard";
import { AdminNav } from "@/app/ui/admin/admin-nav";
import { AssignInstructorForm, RemoveInstructorButton } from "@/app/ui/admin/course-forms";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { getCourseForAdmin } from "@/server/admin/courses";

export const metadata: Metadata = { title: "Course · Administration" };

export default async function AdminCoursePage({ params, searchParams }: { params: Promise<{ course: string }>; searchParams: Promise<{ created?: string }> }) {
  const [{ course: slug }, { created }] = await Promise.all([params, searchParams]);
  const db = await getDb();
  const course = await guardPage(() => getCourseForAdmin({ db, guards, slug }), `/admin/courses/${slug}`);
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{course.title}</h1>
        <AdminNav current="/admin/courses" />
      </header>
      {created && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 font-medium text-green-900">
          Course created. Learners join it with the code {course.joinCode}.
        </p>
      )}
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5">
        <dt className="font-medium text-slate-700">URL name</dt>
        <dd className="font-mono">{course.slug}</dd>
        <dt className="font-medium text-slate-700">Join code</dt>
        <dd className="font-mono">{course.joinCode}</dd>
      </dl>
      <section aria-labelledby="instructors-heading" className="max-w-xl space-y-4">
        <h2 id="instructors-heading" className="text-xl font-semibold">
          Instructors
        </h2>
        {course.instructors.length === 0 ? (
          <p className="text-slate-700">No instructor yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {course.instructors.map((instructor) => (
              <li key={instructor.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <span>
                  <span className="font-medium">{instructor.name}</span> <span className="[overflow-wrap:anywhere] text-slate-700">{instructor.email}</span>
                </span>
                <RemoveInstructorButton course={course.slug} userId={instructor.id} name={instructor.name} />
              </li>
            ))}
          </ul>
        )}
        <div className="rounded-lg border border-slate-200 bg-white p-6">
          <AssignInstructorForm course={course.slug} />
        </div>
      </section>
      <Link href="/admin/courses" className="inline-block text-blue-800 underline underline-offset-4">
        Back to courses
      </Link>
    </div>
  );
}
