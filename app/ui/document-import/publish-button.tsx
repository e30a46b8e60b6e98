"use client";

import { useActionState } from "react";
import { unitStatusAction } from "@/app/(teach)/teach/courses/[course]/documents/import/actions";
import { idleState } from "@/app/lib/action-state";
import { SubmitButton } from "@/app/ui/form-status";

export function PublishButton({ courseSlug, unitId, unitTitle, published }: { courseSlug: string; unitId: string; unitTitle: string; published: boolean }) {
  const [state, action] = useActionState(unitStatusAction, idleState);
  return (
    <form action={action} className="flex items-center gap-3">
      <input type="hidden" name="course" value={courseSlug} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="publish" value={published ? "0" : "1"} />
      <SubmitButton label={published ? `Unpublish ${unitTitle}` : `Publish ${unitTitle}`} pendingLabel="Saving…" />
      <div role="status" aria-live="polite">
        {state.status === "error" && state.message && <p className="text-sm font-medium text-red-700">{state.message}</p>}
      </div>
    </form>
  );
}
