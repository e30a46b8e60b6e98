"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formAction } from "@/app/lib/action";
import type { ActionState } from "@/app/lib/action-state";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { createAccountSchema, createCourseSchema, instructorAssignmentSchema, instructorRemovalSchema, userIdSchema } from "@/lib/admin/forms";
import { assignCourseInstructor, createCourse, removeCourseInstructor } from "@/server/admin/courses";
import { AdminInputError } from "@/server/admin/errors";
import { createAccount, deactivateUser, issueResetLink, reactivateUser } from "@/server/admin/users";

/** The full link to hand over, on the host the admin is using right now. */
async function resetUrl(token: string) {
  const request = await headers();
  const host = request.get("x-forwarded-host") ?? request.get("host") ?? "localhost";
  const protocol = request.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${protocol}://${host}/reset/${token}`;
}

const expiryText = (expiresAt: Date) => expiresAt.toISOString().replace("T", " ").slice(0, 16) + " UTC";

/** Refusals that belong to a field come back beside it. */
async function besideField(run: () => Promise<ActionState>, values: Record<string, string>): Promise<ActionState> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AdminInputError) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: error.fieldErrors, values };
    throw error;
  }
}

export const createAccountAction = formAction(
  createAccountSchema,
  async (input) =>
    besideField(async () => {
      const { user, token, expiresAt } = await createAccount({ db: await getDb(), guards, input });
      revalidatePath("/admin");
      return {
        status: "success",
        message: `Account created for ${user.name}. Give them this link to choose their password; it works once, until ${expiryText(expiresAt)}.`,
        values: { link: await resetUrl(token), userId: user.id },
      };
    }, input),
  { keep: ["name", "email", "role"] },
);

export const issueResetLinkAction = formAction(userIdSchema, async ({ userId }) => {
  const { user, token, expiresAt } = await issueResetLink({ db: await getDb(), guards, userId });
  return {
    status: "success",
    message: `Reset link for ${user.name}. It works once, until ${expiryText(expiresAt)}; any earlier link no longer works.`,
    values: { link: await resetUrl(token) },
  };
});

export const deactivateUserAction = formAction(userIdSchema, async ({ userId }) => {
  await deactivateUser({ db: await getDb(), guards, userId });
  revalidatePath("/admin", "layout");
  return { status: "success", message: "Account deactivated. Its sessions have ended." };
});

export const reactivateUserAction = formAction(userIdSchema, async ({ userId }) => {
  const { status } = await reactivateUser({ db: await getDb(), guards, userId });
  revalidatePath("/admin", "layout");
  return { status: "success", message: status === "pending" ? "Account reactivated. It still needs a set-your-password link." : "Account reactivated." };
});

export const createCourseAction = formAction(
  createCourseSchema,
  async (input) => {
    const refused = await besideField(async () => {
      await createCourse({ db: await getDb(), guards, input });
      return { status: "success" };
    }, { title: input.title, slug: input.slug, description: input.description });
    if (refused.status === "error") return refused;
    revalidatePath("/admin/courses");
    redirect(`/admin/courses/${input.slug}?created=1`);
  },
  { keep: ["title", "slug", "description"] },
);

export const assignInstructorAction = formAction(
  instructorAssignmentSchema,
  async ({ course, email }) =>
    besideField(async () => {
      const { user } = await assignCourseInstructor({ db: await getDb(), guards, courseSlug: course, email });
      revalidatePath(`/admin/courses/${course}`);
      revalidatePath("/admin/courses");
      return { status: "success", message: `${user.name} now teaches this course.` };
    }, { email }),
  { keep: ["email"] },
);

export const removeInstructorAction = formAction(instructorRemovalSchema, async ({ course, userId }) => {
  const { user } = await removeCourseInstructor({ db: await getDb(), guards, courseSlug: course, userId });
  revalidatePath(`/admin/courses/${course}`);
  revalidatePath("/admin/courses");
  return { status: "success", message: `${user?.name ?? "The instructor"} no longer teaches this course.` };
});
