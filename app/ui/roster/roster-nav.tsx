import Link from "next/link";

/** Teaching › course › Roster (› Invite, › a learner's accommodations): where the instructor is, with the way back. */
export function RosterNav({ courseSlug, courseTitle, current, here }: { courseSlug: string; courseTitle: string; current: "roster" | "invite" | "learner"; here?: string }) {
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
        <li className="flex gap-x-2">
          <span aria-hidden="true">›</span>
          {current === "roster" ? (
            <span aria-current="page" className="font-medium">
              Roster
            </span>
          ) : (
            <Link href={`/teach/courses/${courseSlug}/roster`} className="text-blue-800 underline underline-offset-4">
              Roster
            </Link>
          )}
        </li>
        {current !== "roster" && (
          <li className="flex gap-x-2">
            <span aria-hidden="true">›</span>
            <span aria-current="page" className="font-medium">
              {current === "invite" ? "Invite learners" : here}
            </span>
          </li>
        )}
      </ol>
    </nav>
  );
}
