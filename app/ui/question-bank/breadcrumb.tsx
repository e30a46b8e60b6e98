import { Breadcrumb } from "@/app/ui/breadcrumb";
import { bankUrl } from "./urls";

/** Where an instructor is: Teaching › course question bank › this page. */
export function BankBreadcrumb({ courseSlug, courseTitle, trail = [] }: { courseSlug: string; courseTitle: string; trail?: { href: string; label: string }[] }) {
  return <Breadcrumb crumbs={[{ href: "/teach", label: "Teaching" }, { href: bankUrl(courseSlug), label: `${courseTitle}: question bank` }, ...trail]} />;
}
