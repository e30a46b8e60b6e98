"use client";

import { useActionState, useEffect, useState } from "react";
import { idleState, type ActionState } from "@/app/lib/action-state";
import { FormMessage, SubmitButton } from "@/app/ui/form-status";
import { inviteLimits } from "@/lib/roster/email-list";
import type { InvitePreviewState } from "./invite-state";

/** Step one: the list, pasted or as a CSV file (the file wins when both are given). */
export function InviteInput({ courseSlug, action, onPreview }: { courseSlug: string; action: (state: ActionState, formData: FormData) => Promise<ActionState>; onPreview: (state: ActionState) => void }) {
  const [state, formAction] = useActionState(action, idleState);
  const [fileError, setFileError] = useState<string | null>(null);
  useEffect(() => {
    if ((state as InvitePreviewState).preview) onPreview(state);
  }, [state, onPreview]);
  const listErrors = state.fieldErrors?.list;
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-5 rounded-lg border border-slate-200 bg-white p-5">
      <input type="hidden" name="course" value={courseSlug} />
      <div className="space-y-1">
        <label htmlFor="list" className="block font-medium text-slate-800">
          Email addresses
        </label>
        <p id="list-hint" className="text-sm text-slate-700">
          One per line, or separated by commas or semicolons. “Name &lt;address&gt;” and “Name, address” keep the name.
        </p>
        <textarea
          id="list"
          name="list"
          rows={8}
          defaultValue={state.values?.list}
          aria-describedby={["list-hint", listErrors ? "list-error" : null].filter(Boolean).join(" ")}
          aria-invalid={listErrors ? true : undefined}
          className="block w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 aria-invalid:border-red-700"
        />
        {listErrors && (
          <p id="list-error" className="text-sm text-red-700">
            {listErrors.join(" ")}
          </p>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor="csv" className="block font-medium text-slate-800">
          Or upload a CSV file
        </label>
        <p id="csv-hint" className="text-sm text-slate-700">
          A header row with an “email” column and, if you like, “name” (or “first name” and “last name”). At most {inviteLimits.bytes / 1024} KB.
        </p>
        <input
          id="csv"
          name="csv"
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby={["csv-hint", fileError ? "csv-error" : null].filter(Boolean).join(" ")}
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            const tooBig = file !== undefined && file.size > inviteLimits.bytes;
            setFileError(tooBig ? `${file.name} is larger than ${inviteLimits.bytes / 1024} KB. Split it into smaller files.` : null);
            if (tooBig) event.currentTarget.value = "";
          }}
          className="block w-full text-slate-900 file:mr-3 file:rounded file:border file:border-slate-500 file:bg-slate-50 file:px-3 file:py-1.5"
        />
        {fileError && (
          <p id="csv-error" role="alert" className="text-sm text-red-700">
            {fileError}
          </p>
        )}
      </div>
      <FormMessage state={state} />
      <SubmitButton label="Check the list" pendingLabel="Checking…" />
    </form>
  );
}
