import type { Database } from "@/db/client";
import { getActiveEnrollment, getCourseBySlug, isCourseInstructor } from "@/db/queries/courses";
import { getUserById } from "@/db/queries/users";
import type { Role } from "@/db/schema";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";

export interface SessionClaims {
  id: string;
  role: Role;
  sessionVersion: number;
}

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export type CourseAccess = "learner" | "instructor" | "admin";

/**
 * Every page, action and route handler that touches user data goes through these. The session
 * cookie only says who claims to be signed in; the database says whether that account is still
 * active, still has that role, and whether its sessions were ended since.
 */
export function createGuards(deps: { getSessionClaims: () => Promise<SessionClaims | null>; getDb: () => Promise<Database> }) {
  async function requireUser(): Promise<CurrentUser> {
    const claims = await deps.getSessionClaims();
    if (!claims) throw new UnauthenticatedError();
    const user = await getUserById({ db: await deps.getDb(), id: claims.id });
    if (!user || user.status !== "active" || user.sessionVersion !== claims.sessionVersion) {
      throw new UnauthenticatedError();
    }
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }

  async function requireRole(...roles: Role[]): Promise<CurrentUser> {
    const user = await requireUser();
    if (!roles.includes(user.role)) throw new ForbiddenError();
    return user;
  }

  /** Learners enrolled in the course, its instructors and admins may read it. */
  async function requireEnrollment(courseSlug: string) {
    const user = await requireUser();
    const db = await deps.getDb();
    const course = await getCourseBySlug({ db, slug: courseSlug });
    if (!course) throw new NotFoundError("That course");
    if (user.role === "admin") return { user, course, access: "admin" as CourseAccess };
    if (await isCourseInstructor({ db, courseId: course.id, userId: user.id })) {
      return { user, course, access: "instructor" as CourseAccess };
    }
    if (await getActiveEnrollment({ db, courseId: course.id, userId: user.id })) {
      return { user, course, access: "learner" as CourseAccess };
    }
    throw new ForbiddenError("You are not enrolled in this course. Join it with its code first.");
  }

  async function requireCourseInstructor(courseSlug: string) {
    const user = await requireRole("instructor", "admin");
    const db = await deps.getDb();
    const course = await getCourseBySlug({ db, slug: courseSlug });
    if (!course) throw new NotFoundError("That course");
    if (user.role !== "admin" && !(await isCourseInstructor({ db, courseId: course.id, userId: user.id }))) {
      throw new ForbiddenError("Only this course's instructors can do that.");
    }
    return { user, course };
  }

  return { requireUser, requireRole, requireEnrollment, requireCourseInstructor };
}

export type Guards = ReturnType<typeof createGuards>;
