"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { PublicError } from "@/lib/errors";
import { inviteLimits } from "@/lib/roster/email-list";
import { previewInvitations, sendInvitations } from "@/server/roster/invite";
import { regenerateJoinCode, removeLearner } from "@/server/roster/manage";
import { formAction } from "@/app/lib/action";
import type { InvitePreviewState, InviteResultState } from "@/app/ui/roster/invite-state";

const courseField = z.string().min(1).max(200);
const rosterPath = (slug: string) => `/teach/courses/${slug}/roster`;

export const regenerateJoinCodeAction = formAction(z.object({ course: courseField }), async ({ course }) => {
  const code = await regenerateJoinCode({ db: await getDb(), guards, courseSlug: course });
  revalidatePath(rosterPath(course));
  revalidatePath("/teach");
  return { status: "success", message: `The new join code is ${code}. The old code no longer works.` };
});

export const removeLearnerAction = formAction(z.object({ course: courseField, userId: z.string().uuid(), name: z.string().max(200).default("") }), async ({ course, userId, name }) => {
  await removeLearner({ db: await getDb(), guards, courseSlug: course, userId });
  revalidatePath(rosterPath(course));
  // The row leaves the default view, so the confirmation is shown by the page, not the row's form.
  redirect(`${rosterPath(course)}?removed=${encodeURIComponent(name.slice(0, 100))}`);
});

const previewSchema = z.object({
  course: courseField,
  list: z.string().max(inviteLimits.bytes * 2).default(""),
  csv: z.instanceof(File).optional(),
});

/** Step one: what inviting the pasted list or uploaded CSV would do. Nothing is written. */
export const previewInvitationsAction = formAction(
  previewSchema,
  async ({ course, list, csv }): Promise<InvitePreviewState> => {
    const file = csv && csv.size > 0 ? csv : undefined;
    if (file && file.size > inviteLimits.bytes) throw new PublicError(`The file is larger than ${inviteLimits.bytes / 1024} KB. Split it into smaller files.`);
    if (!file && list.trim() === "") {
      return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { list: ["Paste email addresses or choose a CSV file."] } };
    }
    const source = file ? { kind: "csv" as const, text: await file.text() } : { kind: "paste" as const, text: list };
    const preview = await previewInvitations({ db: await getDb(), guards, courseSlug: course, source });
    return { status: "success", preview: { ...preview, fileName: file?.name ?? null } };
  },
  { keep: ["list"] },
);

const inviteesSchema = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "The list could not be read. Start again." });
      return z.NEVER;
    }
  })
  .pipe(z.array(z.object({ line: z.number().int(), email: z.string().max(254), name: z.string().max(100).nullable() })).min(1).max(inviteLimits.rows));

/** Step two: the confirmed list, invited in one transaction; the links come back once, here. */
export const sendInvitationsAction = formAction(z.object({ course: courseField, invitees: inviteesSchema }), async ({ course, invitees }): Promise<InviteResultState> => {
  const results = await sendInvitations({ db: await getDb(), guards, courseSlug: course, invitees });
  revalidatePath(rosterPath(course));
  return { status: "success", results };
});
