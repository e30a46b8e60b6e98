import { progressStatusLabels, type LearnerProgress, type LessonSummary } from "@/lib/gradebook/class-progress";

const statusTone = {
  completed: "bg-green-100 text-green-950",
  in_progress: "bg-blue-50 text-blue-950",
  not_started: "bg-white text-slate-700",
} as const;
const statusMark = { completed: "✓", in_progress: "…", not_started: "–" } as const;

/**
 * Learners × lessons. Colour only repeats what each cell says in words (status and mastery), and
 * every cell carries its learner and lesson for screen readers that do not announce headers.
 */
export function ProgressHeatmap({ courseTitle, lessons, learners }: { courseTitle: string; lessons: readonly LessonSummary[]; learners: readonly LearnerProgress[] }) {
  return (
    <div role="region" aria-labelledby="heatmap-caption" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="text-left text-sm">
        <caption id="heatmap-caption" className="px-3 py-2 text-left text-base text-slate-800">
          Lessons by learner in {courseTitle}: reading status and practice mastery
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-700">
            <td className="sticky left-0 bg-white" />
            {unitSpans(lessons).map((unit, index) => (
              <th key={index} scope="colgroup" colSpan={unit.span} className="border-l border-slate-200 px-2 py-2 text-left text-xs font-medium">
                {unit.title}
              </th>
            ))}
          </tr>
          <tr className="border-b border-slate-300 text-slate-700">
            <th scope="col" className="sticky left-0 bg-white px-3 py-2 align-bottom font-medium">
              Learner
            </th>
            {lessons.map((lesson, index) => (
              <th key={lesson.id} scope="col" className="min-w-[8rem] px-2 py-2 align-bottom font-medium">
                {index + 1}. {lesson.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {learners.map((learner) => (
            <tr key={learner.userId} className="border-b border-slate-100">
              <th scope="row" className="sticky left-0 bg-white px-3 py-2 font-medium">
                {learner.name}
              </th>
              {lessons.map((lesson) => {
                const cell = learner.cells[lesson.id]!;
                return (
                  <td key={lesson.id} className={`px-2 py-2 ${statusTone[cell.status]}`}>
                    <span className="sr-only">
                      {learner.name}, {lesson.title}:{" "}
                    </span>
                    <span aria-hidden="true">{statusMark[cell.status]} </span>
                    {progressStatusLabels[cell.status]}
                    <span className="block tabular-nums">{cell.mastery === null ? "Not practised" : `Mastery ${cell.mastery} %`}</span>
                  </td>
                );
              })}
            </tr>
          ))}
          {learners.length === 0 && (
            <tr>
              <td colSpan={1 + lessons.length} className="px-3 py-4 text-slate-700">
                No learner has joined this course yet.
              </td>
            </tr>
          )}
        </tbody>
        <tfoot className="border-t-2 border-slate-300">
          <tr>
            <th scope="row" className="sticky left-0 bg-white px-3 py-2 font-medium">
              Completed by
            </th>
            {lessons.map((lesson) => (
              <td key={lesson.id} className="px-2 py-2 tabular-nums">
                {lesson.completed} of {learners.length}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className="sticky left-0 bg-white px-3 py-2 font-medium">
              Average mastery
            </th>
            {lessons.map((lesson) => (
              <td key={lesson.id} className="px-2 py-2 tabular-nums">
                {lesson.averageMastery === null ? "Not practised" : `${lesson.averageMastery} % (${lesson.practised} practised)`}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Consecutive lessons of the same unit, for the header row above the lessons. */
function unitSpans(lessons: readonly LessonSummary[]): { title: string; span: number }[] {
  const spans: { title: string; span: number }[] = [];
  for (const lesson of lessons) {
    const last = spans.at(-1);
    if (last?.title === lesson.unitTitle) last.span++;
    else spans.push({ title: lesson.unitTitle, span: 1 });
  }
  return spans;
}
