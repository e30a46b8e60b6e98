"use client";

import { useActionState, useId, useState, type FormEvent } from "react";
import { uploadQuestionsAction } from "@/app/(teach)/teach/courses/[course]/questions/import/actions";
import { idleState } from "@/app/lib/action-state";
import { SubmitButton } from "@/app/ui/form-status";

const input = "mt-1 rounded border border-slate-400 px-2 py-1";

/** A question file to upload, or its text pasted; the size is checked here first so a big file is not sent for nothing. */
export function UploadForm({ courseSlug, maxBytes }: { courseSlug: string; maxBytes: number }) {
  const [state, action] = useActionState(uploadQuestionsAction, idleState);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const id = useId();
  const fileError = tooBig ?? state.fieldErrors?.file?.[0];
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (file && file.size > maxBytes) {
      event.preventDefault();
      setTooBig(`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB. Split it into smaller files.`);
    } else setTooBig(null);
  };
  return (
    <form action={action} onSubmit={checkSize} className="space-y-5">
      <input type="hidden" name="course" value={courseSlug} />
      <div>
        <label htmlFor={`${id}-file`} className="block font-medium">
          Question file (GIFT, Moodle XML or Aiken)
        </label>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          accept=".gift,.txt,.xml,text/plain,application/xml,text/xml"
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
          Or paste the questions
        </label>
        <textarea id={`${id}-text`} name="text" rows={8} defaultValue={state.values?.text ?? ""} className={`${input} w-full font-mono text-sm`} />
      </div>
      <div>
        <label htmlFor={`${id}-format`} className="block font-medium">
          Format
        </label>
        <select id={`${id}-format`} name="format" defaultValue="detect" className={input}>
          <option value="detect">Detect from the file</option>
          <option value="gift">GIFT</option>
          <option value="moodle_xml">Moodle XML</option>
          <option value="aiken">Aiken</option>
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label="Read the questions" pendingLabel="Reading…" />
        <div role="status" aria-live="polite">
          {state.status === "error" && state.message && <p className="font-medium text-red-700">{state.message}</p>}
        </div>
      </div>
    </form>
  );
}
