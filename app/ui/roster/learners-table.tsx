import Link from "next/link";
import { learnerAccommodationsPath } from "@/app/lib/accommodation-paths";
import type { ActionState } from "@/app/lib/action-state";
import { rosterStatusLabels, type RosterStatus } from "@/lib/roster/roster-view";
import { ConfirmForm } from "./confirm-form";

export interface RosterLearnerRow {
  userId: string;
  name: string;
  email: string;
  status: RosterStatus;
  accountDeactivated: boolean;
  enrolledAt: Date;
  removedAt: Date | null;
  lessonsCompleted: number | null;
  quizzesGraded: number;
  averageGrade: number | null;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** One row per learner: who, standing, since when, progress at a glance, their accommodations, and removal. */
export function LearnersTable({ courseSlug, caption, learners, lessonCount, removeAction }: { courseSlug: string; caption: string; learners: readonly RosterLearnerRow[]; lessonCount: number; removeAction: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  return (
    <div role="region" aria-labelledby="learners-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left">
        <caption id="learners-caption" className="px-3 py-2 text-left text-slate-800">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-sm text-slate-700">
            <th scope="col" className="px-3 py-2 font-medium">Learner</th>
            <th scope="col" className="px-3 py-2 font-medium">Status</th>
            <th scope="col" className="px-3 py-2 font-medium">Enrolled</th>
            <th scope="col" className="px-3 py-2 font-medium">Lessons completed</th>
            <th scope="col" className="px-3 py-2 font-medium">Quiz average</th>
            <th scope="col" className="px-3 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {learners.map((learner) => (
            <tr key={learner.userId} className="border-b border-slate-100 align-top">
              <th scope="row" className="px-3 py-2 font-medium">
                {learner.name}
                <span className="block text-sm font-normal break-all text-slate-700">{learner.email}</span>
              </th>
              <td className="px-3 py-2">
                {rosterStatusLabels[learner.status]}
                {learner.accountDeactivated && <span className="block text-sm text-slate-700">Account deactivated by an admin</span>}
                {learner.removedAt && <span className="block text-sm text-slate-700">on {dateFormat.format(learner.removedAt)}</span>}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{dateFormat.format(learner.enrolledAt)}</td>
              <td className="px-3 py-2 tabular-nums">{learner.lessonsCompleted === null ? "—" : `${learner.lessonsCompleted} of ${lessonCount}`}</td>
              <td className="px-3 py-2 tabular-nums">
                {learner.averageGrade === null ? "—" : `${learner.averageGrade} %`}
                {learner.quizzesGraded > 0 && (
                  <span className="block text-sm text-slate-700">
                    over {learner.quizzesGraded} {learner.quizzesGraded === 1 ? "quiz" : "quizzes"}
                  </span>
                )}
              </td>
              <td className="space-y-2 px-3 py-2">
                {learner.status !== "removed" && (
                  <Link href={learnerAccommodationsPath(courseSlug, learner.userId)} className="block text-blue-800 underline underline-offset-4">
                    Accommodations<span className="sr-only"> for {learner.name}</span>
                  </Link>
                )}
                {learner.status !== "removed" && (
                  <ConfirmForm
                    action={removeAction}
                    fields={{ course: courseSlug, userId: learner.userId, name: learner.name }}
                    label={
                      <>
                        Remove<span className="sr-only"> {learner.name}</span>
                      </>
                    }
                    question={`Remove ${learner.name} from the course? They lose access at once; their attempts, grades and progress are kept and come back if they are enrolled again.`}
                    confirmLabel={`Yes, remove ${learner.name}`}
                    pendingLabel="Removing…"
                    tone="danger"
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
