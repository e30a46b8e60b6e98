"use client";

import { useActionState, useId, type ReactNode } from "react";
import { correctKeyAction } from "@/app/(teach)/teach/courses/[course]/quizzes/[quiz]/regrade/actions";
import { idleState } from "@/app/lib/action-state";
import { SubmitButton } from "@/app/ui/form-status";
import type { KeyForm } from "@/lib/regrade/key-form";

const input = "rounded border border-slate-400 px-2 py-1";

/**
 * The key of one question, editable: credits per option, accepted answers, pairs or order. The
 * wording is not editable here, so answers learners already gave still mean the same thing.
 */
export function KeyCorrectionForm({ courseSlug, quizId, questionId, keyForm }: { courseSlug: string; quizId: string; questionId: string; keyForm: Exclude<KeyForm, { type: "essay" }> }) {
  const [state, action] = useActionState(correctKeyAction, idleState);
  const id = useId();
  const errors = state.fieldErrors ?? {};
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const field = (name: string) => ({
    id: `${id}-${name}`,
    name,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${id}-${name}-error` : undefined,
  });
  const error = (name: string): ReactNode =>
    errors[name] && (
      <p id={`${id}-${name}-error`} className="text-sm font-medium text-red-700">
        {errors[name]![0]}
      </p>
    );
  return (
    <form action={action} className="space-y-6" noValidate>
      <input type="hidden" name="course" value={courseSlug} />
      <input type="hidden" name="quizId" value={quizId} />
      <input type="hidden" name="questionId" value={questionId} />
      <KeyFields keyForm={keyForm} field={field} error={error} value={value} />
      <div>
        <label htmlFor={`${id}-reason`} className="block font-medium">
          What was wrong with the key? (kept in the audit log)
        </label>
        <textarea {...field("reason")} rows={2} defaultValue={value("reason", "")} className={`mt-1 w-full max-w-2xl ${input}`} />
        {error("reason")}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label="Save the corrected key" pendingLabel="Saving…" />
        <div role="status" aria-live="polite">
          {state.status === "error" && state.message && <p className="font-medium text-red-700">{state.message}</p>}
          {errors.form && <p className="font-medium text-red-700">{errors.form[0]}</p>}
        </div>
      </div>
    </form>
  );
}

type FieldProps = (name: string) => Record<string, unknown>;

function KeyFields({ keyForm, field, error, value }: { keyForm: Exclude<KeyForm, { type: "essay" }>; field: FieldProps; error: (name: string) => ReactNode; value: (name: string, fallback: string) => string }) {
  switch (keyForm.type) {
    case "single_choice":
    case "multiple_response":
      return (
        <fieldset className="space-y-3">
          <legend className="font-medium">Credit for each option, in per cent</legend>
          <p className="text-sm text-slate-700">
            {keyForm.type === "single_choice"
              ? "Give the right option 100. Another option may earn partial credit."
              : "The right options' credits add up to 100; a wrong option may take marks away (for example −50)."}
          </p>
          {error("credit-0")}
          {keyForm.options.map((option, index) => (
            <div key={option.key} className="grid items-center gap-2 sm:grid-cols-[1fr_8rem]">
              <label htmlFor={String(field(`credit-${index}`).id)}>{option.text}</label>
              <input {...field(`credit-${index}`)} inputMode="decimal" autoComplete="off" defaultValue={value(`credit-${index}`, String(option.credit))} className={input} />
              {index > 0 && error(`credit-${index}`)}
            </div>
          ))}
        </fieldset>
      );
    case "true_false":
      return (
        <fieldset className="space-y-2">
          <legend className="font-medium">The statement is</legend>
          {(["true", "false"] as const).map((answer) => (
            <label key={answer} className="flex items-center gap-2">
              <input type="radio" name="answer" value={answer} defaultChecked={value("answer", String(keyForm.answer)) === answer} />
              {answer === "true" ? "True" : "False"}
            </label>
          ))}
          {error("answer")}
        </fieldset>
      );
    case "short_answer": {
      const rows = [...keyForm.answers, { text: "", credit: 100 }, { text: "", credit: 100 }];
      return (
        <fieldset className="space-y-3">
          <legend className="font-medium">Accepted answers</legend>
          <p className="text-sm text-slate-700">One answer per row with its credit in per cent; leave a row empty to remove it. A * matches any run of characters.</p>
          {rows.map((row, index) => (
            <div key={index} className="grid gap-2 sm:grid-cols-[1fr_8rem]">
              <div>
                <label htmlFor={String(field(`text-${index}`).id)} className="block text-sm">
                  Answer {index + 1}
                </label>
                <input {...field(`text-${index}`)} autoComplete="off" defaultValue={value(`text-${index}`, row.text)} className={`w-full ${input}`} />
                {error(`text-${index}`)}
              </div>
              <div>
                <label htmlFor={String(field(`credit-${index}`).id)} className="block text-sm">
                  Credit of answer {index + 1} (%)
                </label>
                <input {...field(`credit-${index}`)} inputMode="decimal" autoComplete="off" defaultValue={value(`credit-${index}`, String(row.credit))} className={`w-full ${input}`} />
                {error(`credit-${index}`)}
              </div>
            </div>
          ))}
          <label className="flex items-center gap-2">
            <input type="checkbox" name="caseSensitive" defaultChecked={value("caseSensitive", keyForm.caseSensitive ? "on" : "") === "on"} />
            Case matters
          </label>
        </fieldset>
      );
    }
    case "numerical": {
      const rows = [...keyForm.answers, { value: "", tolerance: 0, credit: 100 }];
      return (
        <fieldset className="space-y-3">
          <legend className="font-medium">Accepted values{keyForm.unit ? ` (in ${keyForm.unit})` : ""}</legend>
          <p className="text-sm text-slate-700">A value is accepted within its tolerance (±). Leave a value empty to remove its row; * accepts any number.</p>
          {rows.map((row, index) => (
            <div key={index} className="grid gap-2 sm:grid-cols-3">
              {(
                [
                  [`value-${index}`, `Value ${index + 1}`, row.value],
                  [`tolerance-${index}`, `Tolerance of value ${index + 1}`, String(row.tolerance)],
                  [`credit-${index}`, `Credit of value ${index + 1} (%)`, String(row.credit)],
                ] as const
              ).map(([name, label, fallback]) => (
                <div key={name}>
                  <label htmlFor={String(field(name).id)} className="block text-sm">
                    {label}
                  </label>
                  <input {...field(name)} inputMode="decimal" autoComplete="off" defaultValue={value(name, fallback)} className={`w-full ${input}`} />
                  {error(name)}
                </div>
              ))}
            </div>
          ))}
        </fieldset>
      );
    }
    case "matching":
      return (
        <fieldset className="space-y-3">
          <legend className="font-medium">The right answer for each prompt</legend>
          {keyForm.pairs.map((pair, index) => (
            <div key={index} className="grid items-center gap-2 sm:grid-cols-2">
              <label htmlFor={String(field(`match-${index}`).id)}>{pair.prompt}</label>
              <select {...field(`match-${index}`)} defaultValue={value(`match-${index}`, String(keyForm.pool.indexOf(pair.answer)))} className={input}>
                {keyForm.pool.map((answer, answerIndex) => (
                  <option key={answer} value={answerIndex}>
                    {answer}
                  </option>
                ))}
              </select>
              {error(`match-${index}`)}
            </div>
          ))}
        </fieldset>
      );
    case "ordering":
      return (
        <fieldset className="space-y-3">
          <legend className="font-medium">The right position of each item</legend>
          <p className="text-sm text-slate-700">Number the items from 1 (first) to {keyForm.items.length}, each number once.</p>
          {error("position-0")}
          {keyForm.items.map((item, index) => (
            <div key={item} className="grid items-center gap-2 sm:grid-cols-[1fr_6rem]">
              <label htmlFor={String(field(`position-${index}`).id)}>Position of “{item}”</label>
              <input {...field(`position-${index}`)} inputMode="numeric" autoComplete="off" defaultValue={value(`position-${index}`, String(index + 1))} className={input} />
            </div>
          ))}
        </fieldset>
      );
  }
}
