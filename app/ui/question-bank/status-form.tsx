"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleState, type ActionState } from "@/app/lib/action-state";
import { FormMessage, SubmitButton } from "@/app/ui/form-status";

/** The confirming button of the retire/restore page; the server says what happened on the list. */
export function StatusForm({ action, courseSlug, questionId, status, label, cancelHref }: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  courseSlug: string;
  questionId: string;
  status: "active" | "retired";
  label: string;
  cancelHref: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="course" value={courseSlug} />
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="status" value={status} />
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label={label} pendingLabel="Saving…" />
        <Link href={cancelHref} className="text-blue-800 underline underline-offset-4">
          Cancel
        </Link>
      </div>
    </form>
  );
}
