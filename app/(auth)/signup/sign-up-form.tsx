"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleState } from "../../lib/action-state";
import { FormField } from "../../ui/form-field";
import { FormMessage, SubmitButton } from "../../ui/form-status";
import { signUpAction } from "../actions";

export function SignUpForm() {
  const [state, action] = useActionState(signUpAction, idleState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-4">
      <FormField name="name" label="Name" autoComplete="name" required defaultValue={state.values?.name} errors={errors.name} />
      <FormField name="email" label="Email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={errors.email} />
      <FormField name="password" label="Password" type="password" autoComplete="new-password" required hint="At least 10 characters." errors={errors.password} />
      <FormField name="confirmPassword" label="Repeat password" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <FormMessage state={state} />
      <div className="flex items-center gap-4">
        <SubmitButton label="Create account" pendingLabel="Creating account…" />
        <Link href="/signin" className="text-blue-800 underline underline-offset-4">
          Already registered? Sign in
        </Link>
      </div>
    </form>
  );
}
