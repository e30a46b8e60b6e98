import { and, asc, count, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { courseInstructors, courses, users, type Role } from "../schema";
import { userStatuses } from "../schema/enums";
import type { Tx } from "./attempts";

type UserStatus = (typeof userStatuses)[number];

/** The columns an admin sees of an account: never the password hash. */
const userSummary = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  status: users.status,
  createdAt: users.createdAt,
};

export async function listUsers({
  db,
  pattern,
  role,
  status,
  limit,
  offset,
}: {
  db: Database;
  pattern?: string;
  role?: Role;
  status?: UserStatus;
  limit: number;
  offset: number;
}) {
  const conditions: SQL[] = [];
  if (pattern) conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  if (role) conditions.push(eq(users.role, role));
  if (status) conditions.push(eq(users.status, status));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select(userSummary).from(users).where(where).orderBy(asc(sql`lower(${users.name})`), asc(users.email)).limit(limit).offset(offset),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

/** Locks the account row so two admins changing it at once apply one after the other. */
export async function lockUser({ tx, id }: { tx: Tx; id: string }) {
  const [user] = await tx.select().from(users).where(eq(users.id, id)).for("update").limit(1);
  return user;
}

/** Bumping the session version ends every session issued before, on every device. */
export async function setUserStatus({ tx, id, status }: { tx: Tx; id: string; status: UserStatus }) {
  await tx
    .update(users)
    .set({ status, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, id));
}

export async function setUserName({ tx, id, name }: { tx: Tx; id: string; name: string }) {
  await tx.update(users).set({ name, updatedAt: new Date() }).where(eq(users.id, id));
}

/** A new password ends the account's other sessions; a pending account becomes active with it. */
export async function setUserPassword({ tx, id, passwordHash }: { tx: Tx; id: string; passwordHash: string }) {
  const [user] = await tx
    .update(users)
    .set({
      passwordHash,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      status: sql`case when ${users.status} = 'pending' then 'active'::user_status else ${users.status} end`,
      updatedAt: new Date(),
    })
    .where(eq(users.id, id))
    .returning({ id: users.id, email: users.email, status: users.status, sessionVersion: users.sessionVersion });
  return user;
}

export async function listCoursesWithInstructors({ db }: { db: Database }) {
  const [rows, instructors] = await Promise.all([
    db.select().from(courses).orderBy(asc(courses.title)),
    db
      .select({ courseId: courseInstructors.courseId, id: users.id, name: users.name, email: users.email, status: users.status })
      .from(courseInstructors)
      .innerJoin(users, eq(users.id, courseInstructors.userId))
      .orderBy(asc(users.name)),
  ]);
  return rows.map((course) => ({ ...course, instructors: instructors.filter((instructor) => instructor.courseId === course.id) }));
}

/** Returns undefined when the slug or the join code is taken. */
export async function insertCourse({ tx, course }: { tx: Tx; course: typeof courses.$inferInsert }) {
  const [created] = await tx.insert(courses).values(course).onConflictDoNothing().returning();
  return created;
}

/** Returns whether the instructor was newly assigned (false when already teaching it). */
export async function insertCourseInstructor({ tx, courseId, userId }: { tx: Tx; courseId: string; userId: string }) {
  const rows = await tx.insert(courseInstructors).values({ courseId, userId }).onConflictDoNothing().returning({ userId: courseInstructors.userId });
  return rows.length > 0;
}

/** Returns whether there was such an assignment to remove. */
export async function deleteCourseInstructor({ tx, courseId, userId }: { tx: Tx; courseId: string; userId: string }) {
  const rows = await tx
    .delete(courseInstructors)
    .where(and(eq(courseInstructors.courseId, courseId), eq(courseInstructors.userId, userId)))
    .returning({ userId: courseInstructors.userId });
  return rows.length > 0;
}
