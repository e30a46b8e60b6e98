import { useId, type TextareaHTMLAttributes } from "react";

interface NoteTextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id"> {
  label: string;
  hint?: string;
  errors?: string[];
  name?: string;
}

/** A labelled note field; ids are generated because several note forms share a page. */
export function NoteTextarea({ label, hint, errors, name = "body", ...textarea }: NoteTextareaProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        rows={4}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-700"
        {...textarea}
      />
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
