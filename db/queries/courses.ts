import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { courseInstructors, courses, enrollments } from "../schema";

export async function getCourseBySlug({ db, slug }: { db: Database; slug: string }) {
  const [course] = await db.select().from(courses).where(eq(courses.slug, slug)).limit(1);
  return course;
}

export async function getCourseByJoinCode({ db, joinCode }: { db: Database; joinCode: string }) {
  const [course] = await db.select().from(courses).where(eq(courses.joinCode, joinCode)).limit(1);
  return course;
}

export async function getActiveEnrollment({ db, courseId, userId }: { db: Database; courseId: string; userId: string }) {
  const [enrollment] = await db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.courseId, courseId), eq(enrollments.userId, userId), eq(enrollments.status, "active")))
    .limit(1);
  return enrollment;
}

export async function isCourseInstructor({ db, courseId, userId }: { db: Database; courseId: string; userId: string }) {
  const [row] = await db
    .select({ userId: courseInstructors.userId })
    .from(courseInstructors)
    .where(and(eq(courseInstructors.courseId, courseId), eq(courseInstructors.userId, userId)))
    .limit(1);
  return row !== undefined;
}

/** Enrols the learner, or reactivates a removed enrolment. Returns false if already active. */
export async function enrollLearner({ db, courseId, userId }: { db: Database; courseId: string; userId: string }) {
  const existing = await db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.courseId, courseId), eq(enrollments.userId, userId)))
    .limit(1);
  if (existing[0]?.status === "active") return false;
  await db
    .insert(enrollments)
    .values({ courseId, userId })
    .onConflictDoUpdate({
      target: [enrollments.courseId, enrollments.userId],
      set: { status: "active", removedAt: null, enrolledAt: new Date() },
    });
  return true;
}

export async function assignInstructor({ db, courseId, userId }: { db: Database; courseId: string; userId: string }) {
  await db.insert(courseInstructors).values({ courseId, userId }).onConflictDoNothing();
}

export async function listLearnerCourses({ db, userId }: { db: Database; userId: string }) {
  return db
    .select({ id: courses.id, slug: courses.slug, title: courses.title, description: courses.description })
    .from(enrollments)
    .innerJoin(courses, eq(courses.id, enrollments.courseId))
    .where(and(eq(enrollments.userId, userId), eq(enrollments.status, "active")))
    .orderBy(asc(courses.title));
}

export async function listInstructorCourses({ db, userId }: { db: Database; userId?: string }) {
  const query = db
    .select({ id: courses.id, slug: courses.slug, title: courses.title, joinCode: courses.joinCode })
    .from(courses);
  if (!userId) return query.orderBy(asc(courses.title));
  return query
    .innerJoin(courseInstructors, eq(courseInstructors.courseId, courses.id))
    .where(eq(courseInstructors.userId, userId))
    .orderBy(asc(courses.title));
}
