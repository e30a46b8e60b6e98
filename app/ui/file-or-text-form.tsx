"use client";

import { useActionState, useId, useState, type FormEvent } from "react";
import type { ActionState } from "@/app/lib/action-state";
import { idleState } from "@/app/lib/action-state";
import { SubmitButton } from "@/app/ui/form-status";

const input = "mt-1 rounded border border-slate-400 px-2 py-1";

interface FileOrTextFormProps {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  courseSlug: string;
  fileLabel: string;
  accept: string;
  textLabel: string;
  textRows: number;
  /** Pasted source code (GIFT, XML) reads better in a fixed-width font. */
  monospace?: boolean;
  formats: { value: string; label: string }[];
  submitLabel: string;
  /** Checked here before sending, so a file over the server's limit is not uploaded for nothing. */
  maxBytes?: number;
}

/** A file to upload or its text pasted, and its format: the first step of every import. */
export function FileOrTextForm({ action: serverAction, courseSlug, fileLabel, accept, textLabel, textRows, monospace, formats, submitLabel, maxBytes }: FileOrTextFormProps) {
  const [state, action] = useActionState(serverAction, idleState);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const id = useId();
  const fileError = tooBig ?? state.fieldErrors?.file?.[0];
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (maxBytes !== undefined && file && file.size > maxBytes) {
      event.preventDefault();
      setTooBig(`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB. Split it into smaller files.`);
    } else setTooBig(null);
  };
  return (
    <form action={action} onSubmit={checkSize} className="space-y-5">
      <input type="hidden" name="course" value={courseSlug} />
      <div>
        <label htmlFor={`${id}-file`} className="block font-medium">
          {fileLabel}
        </label>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          accept={accept}
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
          {textLabel}
        </label>
        <textarea id={`${id}-text`} name="text" rows={textRows} defaultValue={state.values?.text ?? ""} className={`${input} w-full${monospace ? " font-mono text-sm" : ""}`} />
      </div>
      <div>
        <label htmlFor={`${id}-format`} className="block font-medium">
          Format
        </label>
        <select id={`${id}-format`} name="format" defaultValue="detect" className={input}>
          {formats.map((format) => (
            <option key={format.value} value={format.value}>
              {format.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label={submitLabel} pendingLabel="Reading…" />
        <div role="status" aria-live="polite">
          {state.status === "error" && state.message && <p className="font-medium text-red-700">{state.message}</p>}
        </div>
      </div>
    </form>
  );
}
