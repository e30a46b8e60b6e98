import type { Database } from "@/db/client";
import { listClassReadingProgress, listClassReviewCards } from "@/db/queries/class-progress";
import { listCourseOutline } from "@/db/queries/lessons";
import { classProgress } from "@/lib/gradebook/class-progress";
import { buildGradebook, type CourseInstructorGuard } from "@/server/gradebook/gradebook";

/**
 * The class's progress through a course: per learner, lessons completed, time spent, mastery per
 * lesson and quiz grades; per lesson, completions and average mastery. Only the course's
 * instructors and admins may read it; the check runs here, before any query.
 */
export async function loadClassProgress({ db, guards, courseSlug, now = new Date() }: { db: Database; guards: CourseInstructorGuard; courseSlug: string; now?: Date }) {
  const { course } = await guards.requireCourseInstructor(courseSlug);
  const [outline, reading, cards, gradebook] = await Promise.all([
    listCourseOutline({ db, courseId: course.id }),
    listClassReadingProgress({ db, courseId: course.id }),
    listClassReviewCards({ db, courseId: course.id }),
    buildGradebook({ db, courseId: course.id }),
  ]);
  const lessons = outline.flatMap((unit) => unit.lessons.map((lesson) => ({ id: lesson.id, title: lesson.title, unitTitle: unit.title })));
  const learners = gradebook.rows.map((row) => ({ userId: row.userId, name: row.name, email: row.email }));
  const progress = classProgress({ learners, lessons, reading, cards, now });
  const gradesByUser = new Map(gradebook.rows.map((row) => [row.userId, row.cells]));
  return {
    course,
    quizzes: gradebook.quizzes,
    lessons: progress.lessons,
    learners: progress.learners.map((learner) => ({ ...learner, quizzes: gradesByUser.get(learner.userId) ?? {} })),
  };
}
