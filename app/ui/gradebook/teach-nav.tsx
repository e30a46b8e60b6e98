import { Breadcrumb } from "@/app/ui/breadcrumb";

/** Where an instructor is: Teaching › course › this page, with the course's other dashboards. */
export function TeachCourseNav({ courseSlug, courseTitle, current }: { courseSlug: string; courseTitle: string; current: "gradebook" | "progress" }) {
  const base = `/teach/courses/${courseSlug}`;
  const pages = [
    { key: "quizzes", href: `${base}/quizzes`, label: "Quizzes" },
    { key: "gradebook", href: `${base}/gradebook`, label: "Gradebook" },
    { key: "progress", href: `${base}/progress`, label: "Learner progress" },
  ];
  const siblings = pages.map((page, index) => ({ href: page.href, label: page.label, current: page.key === current, separator: index === 0 ? ("›" as const) : ("·" as const) }));
  return <Breadcrumb crumbs={[{ href: "/teach", label: "Teaching" }, { label: courseTitle }, ...siblings]} />;
}
