import type { ReactNode, Ref } from "react";

/** Labelled controls for the quiz forms; each names its hint and error with aria-describedby. */

const control = "block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-700";

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

interface SelectFieldProps {
  id?: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
  children: ReactNode;
  className?: string;
}

export function SelectField({ id: givenId, name, label, hint, errors, defaultValue, children, className }: SelectFieldProps) {
  const id = givenId ?? name;
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {/* React applies a select's defaultValue only when it mounts, and a form action resets the
          form to it: a new default (values sent back with errors) needs a new element. */}
      <select
        key={defaultValue ?? ""}
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, errors?.length && `${id}-error`)}
        className={control}
      >
        {children}
      </select>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function TextareaField({ name, label, hint, errors, defaultValue, rows = 4 }: { name: string; label: string; hint?: string; errors?: string[]; defaultValue?: string; rows?: number }) {
  return (
    <div className="space-y-1">
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

interface Choice {
  value: string;
  label: string;
  description?: string;
}

export function RadioGroup({ name, legend, choices, defaultValue, errors }: { name: string; legend: string; choices: Choice[]; defaultValue?: string; errors?: string[] }) {
  return (
    <fieldset className="space-y-2" aria-describedby={errors?.length ? `${name}-error` : undefined}>
      <legend className="font-medium text-slate-800">{legend}</legend>
      <FieldError id={`${name}-error`} errors={errors} />
      {choices.map((choice) => (
        <div key={choice.value} className="flex items-start gap-2">
          <input
            type="radio"
            id={`${name}-${choice.value}`}
            name={name}
            value={choice.value}
            defaultChecked={defaultValue === choice.value}
            aria-describedby={choice.description ? `${name}-${choice.value}-description` : undefined}
            className="mt-1.5 size-4"
          />
          <div>
            <label htmlFor={`${name}-${choice.value}`} className="font-medium text-slate-800">
              {choice.label}
            </label>
            {choice.description && (
              <p id={`${name}-${choice.value}-description`} className="text-sm text-slate-600">
                {choice.description}
              </p>
            )}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

export function CheckboxField({ name, label, hint, defaultChecked }: { name: string; label: string; hint?: string; defaultChecked?: boolean }) {
  return (
    <div className="flex items-start gap-2">
      <input type="checkbox" id={name} name={name} defaultChecked={defaultChecked} aria-describedby={hint ? `${name}-hint` : undefined} className="mt-1.5 size-4" />
      <div>
        <label htmlFor={name} className="font-medium text-slate-800">
          {label}
        </label>
        {hint && (
          <p id={`${name}-hint`} className="text-sm text-slate-600">
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
