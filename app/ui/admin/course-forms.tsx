"use client";

import { useActionState } from "react";
import { assignInstructorAction, createCourseAction, removeInstructorAction } from "@/app/(admin)/admin/actions";
import { idleState } from "@/app/lib/action-state";
import { FormField } from "@/app/ui/form-field";
import { FormMessage, SubmitButton } from "@/app/ui/form-status";

export function CreateCourseForm() {
  const [state, action] = useActionState(createCourseAction, idleState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-4">
      <FormField name="title" label="Title" required defaultValue={state.values?.title} errors={errors.title} />
      <FormField
        name="slug"
        label="URL name"
        required
        hint="Lower-case letters, digits and hyphens; it appears in the course's web addresses and cannot be changed here later."
        defaultValue={state.values?.slug}
        errors={errors.slug}
      />
      <FormField name="description" label="Description (optional)" defaultValue={state.values?.description} errors={errors.description} />
      <p className="text-sm text-slate-600">A join code is generated for the course.</p>
      <FormMessage state={state} />
      <SubmitButton label="Create course" pendingLabel="Creating course…" />
    </form>
  );
}

export function AssignInstructorForm({ course }: { course: string }) {
  const [state, action] = useActionState(assignInstructorAction, idleState);
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="course" value={course} />
      <FormField
        name="email"
        label="Instructor's email"
        type="email"
        autoComplete="off"
        required
        hint="An instructor or admin account."
        key={state.status === "success" ? state.message : "form"}
        defaultValue={state.status === "error" ? state.values?.email : ""}
        errors={state.fieldErrors?.email}
      />
      <FormMessage state={state} />
      <SubmitButton label="Assign instructor" pendingLabel="Assigning…" />
    </form>
  );
}

export function RemoveInstructorButton({ course, userId, name }: { course: string; userId: string; name: string }) {
  const [state, action] = useActionState(removeInstructorAction, idleState);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="course" value={course} />
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className="rounded border border-red-700 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50">
        Remove<span className="sr-only"> {name} as instructor</span>
      </button>
      {state.status === "error" && <p role="alert" className="text-sm text-red-700">{state.message}</p>}
    </form>
  );
}
