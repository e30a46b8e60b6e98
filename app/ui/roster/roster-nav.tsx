import { Breadcrumb } from "@/app/ui/breadcrumb";

/** Teaching › course › Roster (› Invite, › a learner's accommodations): where the instructor is, with the way back. */
export function RosterNav({ courseSlug, courseTitle, current, here }: { courseSlug: string; courseTitle: string; current: "roster" | "invite" | "learner"; here?: string }) {
  const roster = { label: "Roster", href: `/teach/courses/${courseSlug}/roster`, current: current === "roster" };
  const page = current === "roster" ? [] : [{ label: current === "invite" ? "Invite learners" : (here ?? ""), current: true }];
  return <Breadcrumb crumbs={[{ href: "/teach", label: "Teaching" }, { label: courseTitle }, roster, ...page]} />;
}
