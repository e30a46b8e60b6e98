"use client";

import { useActionState, useId } from "react";
import { uploadDocumentAction } from "@/app/(teach)/teach/courses/[course]/documents/import/actions";
import { idleState } from "@/app/lib/action-state";
import { SubmitButton } from "@/app/ui/form-status";

const input = "mt-1 rounded border border-slate-400 px-2 py-1";

export function DocumentUploadForm({ courseSlug }: { courseSlug: string }) {
  const [state, action] = useActionState(uploadDocumentAction, idleState);
  const id = useId();
  const fileError = state.fieldErrors?.file?.[0];
  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="course" value={courseSlug} />
      <div>
        <label htmlFor={`${id}-file`} className="block font-medium">
          Document (Markdown, plain text or HTML)
        </label>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          accept=".md,.markdown,.txt,.text,.html,.htm,text/plain,text/markdown,text/html"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? `${id}-file-error` : undefined}
          className={`${input} block`}
        />
        {fileError && (
          <p id={`${id}-file-error`} className="text-sm font-medium text-red-700">
            {fileError}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={`${id}-text`} className="block font-medium">
          Or paste the text
        </label>
        <textarea id={`${id}-text`} name="text" rows={10} defaultValue={state.values?.text ?? ""} className={`${input} w-full`} />
      </div>
      <div>
        <label htmlFor={`${id}-format`} className="block font-medium">
          Format
        </label>
        <select id={`${id}-format`} name="format" defaultValue="detect" className={input}>
          <option value="detect">Detect from the file</option>
          <option value="markdown">Markdown</option>
          <option value="text">Plain text</option>
          <option value="html">HTML</option>
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label="Find the sections" pendingLabel="Reading…" />
        <div role="status" aria-live="polite">
          {state.status === "error" && state.message && <p className="font-medium text-red-700">{state.message}</p>}
        </div>
      </div>
    </form>
  );
}
