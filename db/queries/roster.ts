import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { courseInstructors, courses, enrollments, users } from "../schema";
import type { Tx } from "./attempts";

/** The course roster: every enrolment (removed ones too), instructors, and the writes behind it. */

export async function listRosterEnrollments({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      accountStatus: users.status,
      enrollmentStatus: enrollments.status,
      enrolledAt: enrollments.enrolledAt,
      removedAt: enrollments.removedAt,
    })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(eq(enrollments.courseId, courseId))
    .orderBy(asc(users.name), asc(users.email));
}

export async function listCourseInstructors({ db, courseId }: { db: Database; courseId: string }) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, assignedAt: courseInstructors.assignedAt })
    .from(courseInstructors)
    .innerJoin(users, eq(users.id, courseInstructors.userId))
    .where(eq(courseInstructors.courseId, courseId))
    .orderBy(asc(users.name));
}

/** Accounts with these addresses (compared case-insensitively) and their enrolment in the course, if any. */
export async function listAccountsByEmail({ db, courseId, emails }: { db: Database | Tx; courseId: string; emails: string[] }) {
  if (emails.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email, name: users.name, status: users.status, enrollment: enrollments.status })
    .from(users)
    .leftJoin(enrollments, and(eq(enrollments.userId, users.id), eq(enrollments.courseId, courseId)))
    .where(inArray(sql`lower(${users.email})`, emails.map((email) => email.toLowerCase())));
}

export async function insertPendingUser({ tx, email, name }: { tx: Tx; email: string; name: string }) {
  const [created] = await tx
    .insert(users)
    .values({ email: email.toLowerCase(), name, role: "student", status: "pending", passwordHash: null })
    .onConflictDoNothing()
    .returning({ id: users.id, email: users.email, name: users.name, status: users.status });
  return created;
}

/** Enrols, or restores a removed enrolment with its records. */
export async function upsertActiveEnrollment({ tx, courseId, userId, now }: { tx: Tx; courseId: string; userId: string; now: Date }) {
  await tx
    .insert(enrollments)
    .values({ courseId, userId, enrolledAt: now })
    .onConflictDoUpdate({
      target: [enrollments.courseId, enrollments.userId],
      set: { status: "active", removedAt: null, enrolledAt: now },
      setWhere: eq(enrollments.status, "removed"),
    });
}

/** Marks an active enrolment removed; the learner's attempts, grades and progress stay. */
export async function markEnrollmentRemoved({ tx, courseId, userId, now }: { tx: Tx; courseId: string; userId: string; now: Date }) {
  const [row] = await tx
    .update(enrollments)
    .set({ status: "removed", removedAt: now })
    .where(and(eq(enrollments.courseId, courseId), eq(enrollments.userId, userId), eq(enrollments.status, "active")))
    .returning({ id: enrollments.id, enrolledAt: enrollments.enrolledAt });
  return row;
}

export async function countActiveEnrollmentsOf({ tx, userId }: { tx: Tx; userId: string }) {
  const [row] = await tx.select({ count: sql<number>`count(*)::int` }).from(enrollments).where(and(eq(enrollments.userId, userId), eq(enrollments.status, "active")));
  return row?.count ?? 0;
}

/** Returns undefined if another course already uses the code (the caller draws another). */
export async function updateJoinCode({ tx, courseId, joinCode }: { tx: Tx; courseId: string; joinCode: string }) {
  const [clash] = await tx.select({ id: courses.id }).from(courses).where(eq(courses.joinCode, joinCode)).limit(1);
  if (clash) return undefined;
  const [row] = await tx.update(courses).set({ joinCode, updatedAt: new Date() }).where(eq(courses.id, courseId)).returning({ joinCode: courses.joinCode });
  return row;
}

/** Completes an invited account, only while it is still pending. */
export async function activateInvitedUser({ tx, userId, name, passwordHash }: { tx: Tx; userId: string; name: string; passwordHash: string }) {
  const [row] = await tx
    .update(users)
    .set({ name, passwordHash, status: "active", updatedAt: new Date() })
    .where(and(eq(users.id, userId), eq(users.status, "pending")))
    .returning({ id: users.id, email: users.email });
  return row;
}

/** The course the learner was most recently enrolled in: where a completed invitation lands. */
export async function getLatestActiveCourse({ db, userId }: { db: Database | Tx; userId: string }) {
  const [row] = await db
    .select({ slug: courses.slug, title: courses.title })
    .from(enrollments)
    .innerJoin(courses, eq(courses.id, enrollments.courseId))
    .where(and(eq(enrollments.userId, userId), eq(enrollments.status, "active")))
    .orderBy(desc(enrollments.enrolledAt))
    .limit(1);
  return row;
}
