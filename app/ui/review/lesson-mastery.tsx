import type { LessonMastery } from "@/lib/reading/course-map";

/** A lesson's mastery on the course map: the figure in words, with a small bar beside it for the eye only. */
export function LessonMasteryBadge({ mastery }: { mastery: LessonMastery }) {
  return (
    <span className="flex items-center gap-2" data-testid="lesson-mastery">
      <span>Mastery {mastery.percent} %</span>
      <span aria-hidden="true" className="h-1.5 w-12 overflow-hidden rounded bg-slate-200">
        <span className="block h-full rounded bg-blue-700" style={{ width: `${mastery.percent}%` }} />
      </span>
    </span>
  );
}
