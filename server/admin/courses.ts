import type { Database } from "@/db/client";
import { deleteCourseInstructor, insertCourse, insertCourseInstructor, listCoursesWithInstructors } from "@/db/queries/admin";
import { getCourseBySlug } from "@/db/queries/courses";
import { insertAuditEntry } from "@/db/queries/grading";
import { getUserByEmail, getUserById } from "@/db/queries/users";
import { generateJoinCode } from "@/lib/courses/join-code";
import { NotFoundError, PublicError } from "@/lib/errors";
import type { Guards } from "@/server/auth/guards";
import { AdminInputError } from "./errors";

interface AdminDeps {
  db: Database;
  guards: Guards;
}

export async function listCoursesForAdmin({ db, guards }: AdminDeps) {
  await guards.requireRole("admin");
  return listCoursesWithInstructors({ db });
}

export async function getCourseForAdmin({ db, guards, slug }: AdminDeps & { slug: string }) {
  await guards.requireRole("admin");
  const course = (await listCoursesWithInstructors({ db })).find((candidate) => candidate.slug === slug);
  if (!course) throw new NotFoundError("That course");
  return course;
}

export async function createCourse({ db, guards, input }: AdminDeps & { input: { title: string; slug: string; description: string } }) {
  const admin = await guards.requireRole("admin");
  if (await getCourseBySlug({ db, slug: input.slug })) throw new AdminInputError("slug", "Another course already uses this URL name.");
  // A clash of random join codes is rare; a few fresh draws settle it.
  for (let draw = 0; draw < 5; draw++) {
    const created = await db.transaction(async (tx) => {
      const course = await insertCourse({ tx, course: { ...input, joinCode: generateJoinCode() } });
      if (!course) return undefined;
      await insertAuditEntry({
        tx,
        entry: {
          actorId: admin.id,
          courseId: course.id,
          action: "course.create",
          entityType: "course",
          entityId: course.id,
          after: { title: course.title, slug: course.slug, joinCode: course.joinCode },
        },
      });
      return course;
    });
    if (created) return created;
    if (await getCourseBySlug({ db, slug: input.slug })) throw new AdminInputError("slug", "Another course already uses this URL name.");
  }
  throw new Error("Could not find an unused join code.");
}

async function courseAndAdmin(db: Database, guards: Guards, slug: string) {
  const admin = await guards.requireRole("admin");
  const course = await getCourseBySlug({ db, slug });
  if (!course) throw new NotFoundError("That course");
  return { admin, course };
}

export async function assignCourseInstructor({ db, guards, courseSlug, email }: AdminDeps & { courseSlug: string; email: string }) {
  const { admin, course } = await courseAndAdmin(db, guards, courseSlug);
  const user = await getUserByEmail({ db, email });
  if (!user) throw new AdminInputError("email", "No account has this email. Create the instructor's account first.");
  if (user.role === "student") throw new AdminInputError("email", "This is a student account. Only instructor and admin accounts can teach a course.");
  if (user.status === "deactivated") throw new AdminInputError("email", "This account is deactivated. Reactivate it first.");
  const assigned = await db.transaction(async (tx) => {
    if (!(await insertCourseInstructor({ tx, courseId: course.id, userId: user.id }))) return false;
    await insertAuditEntry({
      tx,
      entry: { actorId: admin.id, courseId: course.id, action: "course.instructor_assign", entityType: "course", entityId: course.id, after: { instructorId: user.id, email: user.email } },
    });
    return true;
  });
  if (!assigned) throw new AdminInputError("email", `${user.name} already teaches this course.`);
  return { course, user: { id: user.id, name: user.name, email: user.email } };
}

export async function removeCourseInstructor({ db, guards, courseSlug, userId }: AdminDeps & { courseSlug: string; userId: string }) {
  const { admin, course } = await courseAndAdmin(db, guards, courseSlug);
  const user = await getUserById({ db, id: userId });
  const removed = await db.transaction(async (tx) => {
    if (!(await deleteCourseInstructor({ tx, courseId: course.id, userId }))) return false;
    await insertAuditEntry({
      tx,
      entry: { actorId: admin.id, courseId: course.id, action: "course.instructor_remove", entityType: "course", entityId: course.id, before: { instructorId: userId, email: user?.email } },
    });
    return true;
  });
  if (!removed) throw new PublicError("That person does not teach this course.");
  return { course, user: user && { id: user.id, name: user.name } };
}
