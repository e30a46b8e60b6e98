"use client";

import { useActionState } from "react";
import { createAccountAction } from "@/app/(admin)/admin/actions";
import { idleState } from "@/app/lib/action-state";
import { FormField } from "@/app/ui/form-field";
import { FormMessage, SubmitButton } from "@/app/ui/form-status";
import { LinkHandover } from "./link-handover";

export function CreateAccountForm() {
  const [state, action] = useActionState(createAccountAction, idleState);
  const errors = state.fieldErrors ?? {};
  const link = state.status === "success" ? state.values?.link : undefined;
  return (
    <div className="space-y-6">
      <form action={action} noValidate className="space-y-4">
        <FormField name="name" label="Name" autoComplete="off" required defaultValue={state.status === "error" ? state.values?.name : ""} errors={errors.name} />
        <FormField name="email" label="Email" type="email" autoComplete="off" required defaultValue={state.status === "error" ? state.values?.email : ""} errors={errors.email} />
        <div className="space-y-1">
          <label htmlFor="role" className="block font-medium text-slate-800">
            Role
          </label>
          <select
            id="role"
            name="role"
            defaultValue={state.values?.role ?? "instructor"}
            key={state.values?.role ?? "instructor"}
            aria-invalid={errors.role ? true : undefined}
            aria-describedby={errors.role ? "role-error" : undefined}
            className="block rounded border border-slate-400 bg-white px-3 py-2 text-slate-900"
          >
            <option value="instructor">Instructor</option>
            <option value="student">Student</option>
            <option value="admin">Admin</option>
          </select>
          {errors.role && (
            <p id="role-error" className="text-sm text-red-700">
              {errors.role.join(" ")}
            </p>
          )}
        </div>
        <FormMessage state={state} />
        <SubmitButton label="Create account" pendingLabel="Creating account…" />
      </form>
      {link && <LinkHandover link={link} id="new-account-link" />}
    </div>
  );
}
