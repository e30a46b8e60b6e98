import type { ReactNode, Ref } from "react";

/**
 * Labelled form controls for the instructors' forms (quizzes, accommodations, the question
 * editor): each names its hint and its error with aria-describedby, and marks itself invalid.
 */

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
  /** The control's id, when it cannot be its name (defaults to the name). */
  id?: string;
  name: string;
  label: ReactNode;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
  className?: string;
}

/** Label, hint, the control, and its error, in the order a screen reader meets them. */
function Field({ id, label, hint, errors, className, children }: { id: string; label: ReactNode; hint?: string; errors?: string[]; className?: string; children: ReactNode }) {
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
      {children}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

function controlAria(id: string, hint: string | undefined, errors: string[] | undefined) {
  return { "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy(hint && `${id}-hint`, errors?.length && `${id}-error`) };
}

export function TextField({ id, name, label, hint, errors, defaultValue, className, inputMode }: FieldProps & { inputMode?: "decimal" | "numeric" }) {
  const controlId = id ?? name;
  return (
    <Field id={controlId} label={label} hint={hint} errors={errors} className={className}>
      <input id={controlId} name={name} defaultValue={defaultValue} inputMode={inputMode} autoComplete="off" {...controlAria(controlId, hint, errors)} className={control} />
    </Field>
  );
}

export function TextareaField({ id, name, label, hint, errors, defaultValue, rows = 3, className }: FieldProps & { rows?: number }) {
  const controlId = id ?? name;
  return (
    <Field id={controlId} label={label} hint={hint} errors={errors} className={className}>
      <textarea id={controlId} name={name} rows={rows} defaultValue={defaultValue} {...controlAria(controlId, hint, errors)} className={control} />
    </Field>
  );
}

export function SelectField({ id, name, label, hint, errors, defaultValue, className, children, onChange }: FieldProps & { children: ReactNode; onChange?: (value: string) => void }) {
  const controlId = id ?? name;
  return (
    <Field id={controlId} label={label} hint={hint} errors={errors} className={className}>
      {/* React applies a select's defaultValue only when it mounts, and a form action resets the
          form to it: a new default (values sent back with errors) needs a new element. */}
      <select
        key={defaultValue ?? ""}
        id={controlId}
        name={name}
        defaultValue={defaultValue}
        onChange={onChange && ((event) => onChange(event.target.value))}
        {...controlAria(controlId, hint, errors)}
        className={control}
      >
        {children}
      </select>
    </Field>
  );
}

export function CheckboxField({ id, name, label, hint, defaultChecked }: { id?: string; name: string; label: string; hint?: string; defaultChecked?: boolean }) {
  const controlId = id ?? name;
  return (
    <div className="flex items-start gap-2">
      {/* Keyed like the select above: a form reset must find the default that came back. */}
      <input type="checkbox" key={String(defaultChecked)} id={controlId} name={name} defaultChecked={defaultChecked} aria-describedby={hint ? `${controlId}-hint` : undefined} className="mt-1.5 size-4" />
      <div>
        <label htmlFor={controlId} className="font-medium text-slate-800">
          {label}
        </label>
        {hint && (
          <p id={`${controlId}-hint`} className="text-sm text-slate-600">
            {hint}
          </p>
        )}
      </div>
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
