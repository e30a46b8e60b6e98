"use client";

import { useActionState } from "react";
import { changeNameAction } from "@/app/(account)/account/actions";
import { idleState } from "@/app/lib/action-state";
import { FormField } from "@/app/ui/form-field";
import { FormMessage, SubmitButton } from "@/app/ui/form-status";

export function NameForm({ name }: { name: string }) {
  const [state, action] = useActionState(changeNameAction, idleState);
  return (
    <form action={action} noValidate className="space-y-4">
      <FormField name="name" label="Your name" autoComplete="name" required defaultValue={state.values?.name ?? name} errors={state.fieldErrors?.name} />
      <FormMessage state={state} />
      <SubmitButton label="Save name" pendingLabel="Saving…" />
    </form>
  );
}
