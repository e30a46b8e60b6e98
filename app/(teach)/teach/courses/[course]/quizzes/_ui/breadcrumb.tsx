import Link from "next/link";

/** Where an instructor is: Teaching › course quizzes › this page. */
export function QuizBreadcrumb({ courseSlug, courseTitle, trail = [] }: { courseSlug: string; courseTitle: string; trail?: { href: string; label: string }[] }) {
  const links = [{ href: "/teach", label: "Teaching" }, { href: `/teach/courses/${courseSlug}/quizzes`, label: `${courseTitle}: quizzes` }, ...trail];
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {links.map((link, index) => (
          <li key={link.href} className="flex gap-x-2">
            {index > 0 && <span aria-hidden="true">›</span>}
            <Link href={link.href} className="text-blue-800 underline underline-offset-4">
              {link.label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
