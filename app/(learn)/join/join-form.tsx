"use client";

import { useActionState } from "react";
import { idleState } from "../../lib/action-state";
import { FormField } from "../../ui/form-field";
import { FormMessage, SubmitButton } from "../../ui/form-status";
import { joinCourseAction } from "./actions";

export function JoinForm() {
  const [state, action] = useActionState(joinCourseAction, idleState);
  return (
    <form action={action} noValidate className="space-y-4">
      <FormField name="code" label="Course code" autoComplete="off" autoCapitalize="characters" required hint="Your instructor gives you this code, for example K7QM2XPA." defaultValue={state.values?.code} errors={state.fieldErrors?.code} />
      <FormMessage state={state} />
      <SubmitButton label="Join course" pendingLabel="Joining…" />
    </form>
  );
}
