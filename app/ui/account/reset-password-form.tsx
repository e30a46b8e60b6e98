"use client";

import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(account)/reset/actions";
import { idleState } from "@/app/lib/action-state";
import { FormField } from "@/app/ui/form-field";
import { FormMessage, SubmitButton } from "@/app/ui/form-status";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(resetPasswordAction, idleState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <FormField name="password" label="New password" type="password" autoComplete="new-password" required hint="At least 10 characters." errors={errors.password} />
      <FormField name="confirmPassword" label="Repeat new password" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <FormMessage state={state} />
      <SubmitButton label="Set password" pendingLabel="Setting password…" />
    </form>
  );
}
