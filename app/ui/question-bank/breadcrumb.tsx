import Link from "next/link";
import { bankUrl } from "./urls";

/** Where an instructor is: Teaching › course question bank › this page. */
export function BankBreadcrumb({ courseSlug, courseTitle, trail = [] }: { courseSlug: string; courseTitle: string; trail?: { href: string; label: string }[] }) {
  const links = [{ href: "/teach", label: "Teaching" }, { href: bankUrl(courseSlug), label: `${courseTitle}: question bank` }, ...trail];
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
