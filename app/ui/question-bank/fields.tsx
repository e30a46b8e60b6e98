import type { ReactNode, Ref } from "react";

/** Labelled controls for the question editor; each names its hint and its error with aria-describedby. */

export const control = "block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-700";

export function describedBy(...ids: (string | false | 0 | null | undefined)[]) {
  return ids.filter(Boolean).join(" ") || undefined;
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {errors.join(" ")}
    </p>
  );
}

interface FieldProps {
  name: string;
  label: ReactNode;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
  className?: string;
}

export function TextField({ name, label, hint, errors, defaultValue, className, inputMode }: FieldProps & { inputMode?: "decimal" | "numeric" }) {
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={name} className="block font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={name}
        name={name}
        defaultValue={defaultValue}
        inputMode={inputMode}
        autoComplete="off"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(hint && `${name}-hint`, errors?.length && `${name}-error`)}
        className={control}
      />
      <FieldError id={`${name}-error`} errors={errors} />
    </div>
  );
}

export function TextareaField({ name, label, hint, errors, defaultValue, rows = 3, className }: FieldProps & { rows?: number }) {
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={name} className="block font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <textarea
        id={name}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(hint && `${name}-hint`, errors?.length && `${name}-error`)}
        className={control}
      />
      <FieldError id={`${name}-error`} errors={errors} />
    </div>
  );
}

export function SelectField({ name, label, hint, errors, defaultValue, className, children, onChange }: FieldProps & { children: ReactNode; onChange?: (value: string) => void }) {
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={name} className="block font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {/* React applies a select's defaultValue only when it mounts, and a form action resets the form to it: a new default needs a new element. */}
      <select
        key={defaultValue ?? ""}
        id={name}
        name={name}
        defaultValue={defaultValue}
        onChange={onChange && ((event) => onChange(event.target.value))}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(hint && `${name}-hint`, errors?.length && `${name}-error`)}
        className={control}
      >
        {children}
      </select>
      <FieldError id={`${name}-error`} errors={errors} />
    </div>
  );
}

export function CheckboxField({ id, name, label, hint, defaultChecked }: { id: string; name: string; label: string; hint?: string; defaultChecked?: boolean }) {
  return (
    <div className="flex items-start gap-2">
      <input type="checkbox" key={String(defaultChecked)} id={id} name={name} defaultChecked={defaultChecked} aria-describedby={hint ? `${id}-hint` : undefined} className="mt-1.5 size-4" />
      <div>
        <label htmlFor={id} className="font-medium text-slate-800">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

/** Links to each field with a problem, shown above the form and focused when it appears. */
export function ErrorSummary({ errors, fieldId, headingRef }: { errors: Record<string, string[] | undefined>; fieldId: (field: string) => string; headingRef?: Ref<HTMLHeadingElement> }) {
  const entries = Object.entries(errors).filter((entry): entry is [string, string[]] => !!entry[1]?.length);
  if (entries.length === 0) return null;
  return (
    <div className="rounded border-2 border-red-700 bg-white p-4">
      <h2 ref={headingRef} tabIndex={-1} className="font-semibold text-red-700">
        There is a problem
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {entries.map(([field, messages]) => (
          <li key={field}>
            <a href={`#${fieldId(field)}`} className="text-red-700 underline underline-offset-4">
              {messages.join(" ")}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
