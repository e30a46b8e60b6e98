"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleState } from "../../lib/action-state";
import { FormField } from "../../ui/form-field";
import { FormMessage, SubmitButton } from "../../ui/form-status";
import { signInAction } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(signInAction, idleState);
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <FormField name="email" label="Email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <FormField name="password" label="Password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <FormMessage state={state} />
      <div className="flex items-center gap-4">
        <SubmitButton label="Sign in" pendingLabel="Signing in…" />
        <Link href="/signup" className="text-blue-800 underline underline-offset-4">
          New here? Create an account
        </Link>
      </div>
    </form>
  );
}
