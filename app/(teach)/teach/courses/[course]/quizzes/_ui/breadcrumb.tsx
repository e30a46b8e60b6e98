import { Breadcrumb } from "@/app/ui/breadcrumb";

/** Where an instructor is: Teaching › course quizzes › this page. */
export function QuizBreadcrumb({ courseSlug, courseTitle, trail = [] }: { courseSlug: string; courseTitle: string; trail?: { href: string; label: string }[] }) {
  return <Breadcrumb crumbs={[{ href: "/teach", label: "Teaching" }, { href: `/teach/courses/${courseSlug}/quizzes`, label: `${courseTitle}: quizzes` }, ...trail]} />;
}
