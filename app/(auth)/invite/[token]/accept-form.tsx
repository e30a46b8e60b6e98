"use client";

import { useActionState } from "react";
import { idleState } from "../../../lib/action-state";
import { FormField } from "../../../ui/form-field";
import { FormMessage, SubmitButton } from "../../../ui/form-status";
import { acceptInvitationAction } from "../actions";

export function AcceptInvitationForm({ token, email, name }: { token: string; email: string; name: string }) {
  const [state, action] = useActionState(acceptInvitationAction, idleState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <FormField name="name" label="Name" autoComplete="name" required defaultValue={state.values?.name ?? name} errors={errors.name} />
      <FormField name="password" label="Password" type="password" autoComplete="new-password" required hint="At least 10 characters." errors={errors.password} />
      <FormField name="confirmPassword" label="Repeat password" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <FormMessage state={state} />
      <SubmitButton label="Set password and continue" pendingLabel="Setting up…" />
    </form>
  );
}
