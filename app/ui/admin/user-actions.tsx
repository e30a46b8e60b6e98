"use client";

import { useActionState } from "react";
import { deactivateUserAction, issueResetLinkAction, reactivateUserAction } from "@/app/(admin)/admin/actions";
import { idleState, type ActionState } from "@/app/lib/action-state";
import { FormMessage, SubmitButton } from "@/app/ui/form-status";
import { LinkHandover } from "./link-handover";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

function UserActionForm({ action, userId, label, pendingLabel, children }: { action: Action; userId: string; label: string; pendingLabel: string; children?: (state: ActionState) => React.ReactNode }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <div className="space-y-2">
      <form action={formAction} className="space-y-2">
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton label={label} pendingLabel={pendingLabel} />
        <FormMessage state={state} />
      </form>
      {children?.(state)}
    </div>
  );
}

export function StatusAction({ userId, status, isSelf }: { userId: string; status: string; isSelf: boolean }) {
  if (status === "deactivated") return <UserActionForm action={reactivateUserAction} userId={userId} label="Reactivate account" pendingLabel="Reactivating…" />;
  if (isSelf) return <p className="text-slate-700">You cannot deactivate your own account.</p>;
  return <UserActionForm action={deactivateUserAction} userId={userId} label="Deactivate account" pendingLabel="Deactivating…" />;
}

export function ResetLinkAction({ userId }: { userId: string }) {
  return (
    <UserActionForm action={issueResetLinkAction} userId={userId} label="Issue password-reset link" pendingLabel="Issuing link…">
      {(state) => (state.status === "success" && state.values?.link ? <LinkHandover link={state.values.link} id="reset-link" /> : null)}
    </UserActionForm>
  );
}
