import type { Database } from "@/db/client";
import { listCourseInstructors, listRosterEnrollments } from "@/db/queries/roster";
import { gradePercent } from "@/lib/gradebook/gradebook";
import { rosterStatus, type RosterFilter } from "@/lib/roster/roster-view";
import type { Guards } from "@/server/auth/guards";
import { loadClassProgress } from "@/server/class-progress/class-progress";

export type CourseInstructorGuard = Pick<Guards, "requireCourseInstructor">;

/**
 * Learners (by status) and instructors of a course, with each active learner's progress at a
 * glance from the class-progress data. Only the course's instructors and admins may read it.
 */
export async function loadRoster({ db, guards, courseSlug, filter }: { db: Database; guards: CourseInstructorGuard; courseSlug: string; filter: RosterFilter }) {
  const { course } = await guards.requireCourseInstructor(courseSlug);
  const [enrolled, instructors, progress] = await Promise.all([
    listRosterEnrollments({ db, courseId: course.id }),
    listCourseInstructors({ db, courseId: course.id }),
    loadClassProgress({ db, guards, courseSlug }),
  ]);
  const progressOf = new Map(progress.learners.map((learner) => [learner.userId, learner]));
  const learners = enrolled.map((row) => {
    const status = rosterStatus(row);
    const learner = status === "removed" ? undefined : progressOf.get(row.userId);
    const grades = Object.values(learner?.quizzes ?? {})
      .map((cell) => gradePercent(cell.grade))
      .filter((grade): grade is number => grade !== null);
    return {
      userId: row.userId,
      name: row.name,
      email: row.email,
      status,
      accountDeactivated: row.accountStatus === "deactivated",
      enrolledAt: row.enrolledAt,
      removedAt: row.removedAt,
      lessonsCompleted: learner?.completed ?? null,
      quizzesGraded: grades.length,
      averageGrade: grades.length ? Math.round(grades.reduce((sum, grade) => sum + grade, 0) / grades.length) : null,
    };
  });
  const counts = { active: 0, pending: 0, removed: 0 };
  for (const learner of learners) counts[learner.status]++;
  return {
    course: { id: course.id, slug: course.slug, title: course.title, joinCode: course.joinCode },
    lessonCount: progress.lessons.length,
    learners: learners.filter((learner) => filter === "all" || (filter === "current" ? learner.status !== "removed" : learner.status === filter)),
    counts,
    instructors,
  };
}
