"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/(account)/account/actions";
import { idleState } from "@/app/lib/action-state";
import { FormField } from "@/app/ui/form-field";
import { FormMessage, SubmitButton } from "@/app/ui/form-status";

export function PasswordForm({ email }: { email: string }) {
  const [state, action] = useActionState(changePasswordAction, idleState);
  const errors = state.fieldErrors ?? {};
  return (
    // Re-mounted after a change so no password stays in the fields.
    <form key={state.status === "success" ? state.message : "form"} action={action} noValidate className="space-y-4">
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <FormField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={errors.currentPassword} />
      <FormField name="password" label="New password" type="password" autoComplete="new-password" required hint="At least 10 characters." errors={errors.password} />
      <FormField name="confirmPassword" label="Repeat new password" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <FormMessage state={state} />
      <SubmitButton label="Change password" pendingLabel="Changing password…" />
    </form>
  );
}
