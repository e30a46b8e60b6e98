import Link from "next/link";

/** Where an instructor is: Teaching › course › this page, with the course's other dashboards. */
export function TeachCourseNav({ courseSlug, courseTitle, current }: { courseSlug: string; courseTitle: string; current: "gradebook" | "progress" }) {
  const base = `/teach/courses/${courseSlug}`;
  const pages = [
    { key: "quizzes", href: `${base}/quizzes`, label: "Quizzes" },
    { key: "gradebook", href: `${base}/gradebook`, label: "Gradebook" },
    { key: "progress", href: `${base}/progress`, label: "Learner progress" },
  ];
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap gap-x-2">
        <li>
          <Link href="/teach" className="text-blue-800 underline underline-offset-4">
            Teaching
          </Link>
        </li>
        <li className="flex gap-x-2">
          <span aria-hidden="true">›</span>
          <span>{courseTitle}</span>
        </li>
        {pages.map((page) => (
          <li key={page.key} className="flex gap-x-2">
            <span aria-hidden="true">{page.key === "quizzes" ? "›" : "·"}</span>
            {page.key === current ? (
              <span aria-current="page" className="font-medium">
                {page.label}
              </span>
            ) : (
              <Link href={page.href} className="text-blue-800 underline underline-offset-4">
                {page.label}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
