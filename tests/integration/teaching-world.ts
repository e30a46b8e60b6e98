import path from "node:path";
import { assignInstructor } from "@/db/queries/courses";
import { createUser, getUserByEmail } from "@/db/queries/users";
import { demoCourse, seedDemo } from "@/db/seed";
import { syncContent } from "@/db/sync-content";
import { courses } from "@/db/schema";
import { loadContent } from "@/lib/content/load";
import type { CurrentUser } from "@/server/auth/guards";
import { openFreshDatabase } from "./fresh-database";
import { demoCourseId } from "./quiz-fixture";

export type TeachingWorld = Awaited<ReturnType<typeof openTeachingWorld>>;

/**
 * A fresh database with the demo course and its content, its demo accounts, and a second course
 * taught by an outsider: the instructor every authorization check needs, who teaches, just not here.
 */
export async function openTeachingWorld(name: string) {
  const database = await openFreshDatabase();
  const db = database.db;
  await seedDemo({ db, password: `${name}-test-1` });
  await syncContent({ db, documents: loadContent(path.resolve("content")), courseSlug: demoCourse.slug });
  const users: Record<"student1" | "student2" | "instructor" | "admin" | "outsider", CurrentUser> = {} as never;
  for (const key of ["student1", "student2", "instructor", "admin"] as const) {
    const user = (await getUserByEmail({ db, email: `${key}@rampart.test` }))!;
    users[key] = { id: user.id, email: user.email, name: user.name, role: user.role };
  }
  const courseId = await demoCourseId(db);
  const [other] = await db.insert(courses).values({ slug: `other-${name}`, title: "Other", joinCode: `O${name.toUpperCase().replace(/[^A-Z]/g, "").slice(0, 7).padEnd(7, "X")}` }).returning();
  const outsider = (await createUser({ db, user: { email: `outsider-${name}@rampart.test`, name: "Otto Outsider", role: "instructor", passwordHash: "x" } }))!;
  await assignInstructor({ db, courseId: other!.id, userId: outsider.id });
  users.outsider = { id: outsider.id, email: outsider.email, name: outsider.name, role: outsider.role };
  return { database, db, users, courseId, otherCourseId: other!.id, otherCourseSlug: other!.slug, close: () => database.close() };
}
