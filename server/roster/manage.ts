import type { Database } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/grading";
import { expireTokensOf } from "@/db/queries/one-time-tokens";
import { countActiveEnrollmentsOf, markEnrollmentRemoved, updateJoinCode } from "@/db/queries/roster";
import { getUserById } from "@/db/queries/users";
import { generateJoinCode } from "@/lib/courses/join-code";
import { NotFoundError } from "@/lib/errors";
import type { CourseInstructorGuard } from "./roster";

/** A new join code for the course; the old one stops working at once. */
export async function regenerateJoinCode({ db, guards, courseSlug }: { db: Database; guards: CourseInstructorGuard; courseSlug: string }) {
  const { user, course } = await guards.requireCourseInstructor(courseSlug);
  return db.transaction(async (tx) => {
    // 31^8 codes: a clash is rare, and the loop draws again rather than failing the request.
    let updated: { joinCode: string } | undefined;
    while (!updated) updated = await updateJoinCode({ tx, courseId: course.id, joinCode: generateJoinCode() });
    await insertAuditEntry({
      tx,
      entry: { actorId: user.id, courseId: course.id, action: "join_code_regenerated", entityType: "course", entityId: course.id, before: { joinCode: course.joinCode }, after: { joinCode: updated.joinCode } },
    });
    return updated.joinCode;
  });
}

/**
 * Takes a learner off the course: the enrolment is marked removed, so they lose access and drop
 * out of the roster's default view, the gradebook and class progress, while their attempts,
 * grades and reading progress stay for when they are enrolled again.
 */
export async function removeLearner({ db, guards, courseSlug, userId, now = new Date() }: { db: Database; guards: CourseInstructorGuard; courseSlug: string; userId: string; now?: Date }) {
  const { user, course } = await guards.requireCourseInstructor(courseSlug);
  await db.transaction(async (tx) => {
    const removed = await markEnrollmentRemoved({ tx, courseId: course.id, userId, now });
    if (!removed) throw new NotFoundError("That learner");
    // An unaccepted invitation would otherwise open an account with no course behind it.
    const learner = await getUserById({ db: tx, id: userId });
    if (learner?.status === "pending" && (await countActiveEnrollmentsOf({ tx, userId })) === 0) {
      await expireTokensOf({ db: tx, userId, purpose: "invitation", now });
    }
    await insertAuditEntry({
      tx,
      entry: { actorId: user.id, courseId: course.id, action: "learner_removed", entityType: "user", entityId: userId, before: { status: "active", enrolledAt: removed.enrolledAt.toISOString() }, after: { status: "removed" } },
    });
  });
}
