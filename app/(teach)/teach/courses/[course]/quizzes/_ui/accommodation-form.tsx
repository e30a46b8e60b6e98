"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/app/lib/action-state";
import { FormField } from "@/app/ui/form-field";
import { FormMessage, SubmitButton } from "@/app/ui/form-status";
import { removeAccommodationAction, saveAccommodationAction } from "../[quiz]/accommodations/actions";
import { FieldError, RadioGroup, SelectField } from "@/app/ui/fields";

const scopeChoices = [
  { value: "quiz", label: "This quiz only", description: "Replaces any course-wide accommodation for this quiz." },
  { value: "course", label: "Every quiz in this course", description: "Used wherever a quiz has no accommodation of its own." },
];

interface AccommodationFormProps {
  courseSlug: string;
  quizId: string;
  learners: { value: string; label: string }[];
  initial: Record<string, string>;
  timeZones: string[];
  quizCloses: string | null;
}

export function AccommodationForm({ courseSlug, quizId, learners, initial, timeZones, quizCloses }: AccommodationFormProps) {
  const [state, action] = useActionState(saveAccommodationAction, idleState);
  const values = state.status === "error" && state.values ? state.values : initial;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="course" value={courseSlug} />
      <input type="hidden" name="quizId" value={quizId} />
      <SelectField name="userId" label="Learner" defaultValue={values.userId} errors={errors.userId}>
        <option value="">Choose a learner</option>
        {learners.map((learner) => (
          <option key={learner.value} value={learner.value}>
            {learner.label}
          </option>
        ))}
      </SelectField>
      <RadioGroup name="scope" legend="Applies to" choices={scopeChoices} defaultValue={values.scope || "quiz"} errors={errors.scope} />
      <AdjustmentFields values={values} errors={errors} timeZones={timeZones} closeHint={quizCloses ? `Must be after the quiz closes (${quizCloses}).` : "This quiz never closes, so leave this blank unless it applies course-wide."} />
      <FieldError id="form-error" errors={errors.form} />
      <FormMessage state={state} />
      <SubmitButton label="Save accommodation" pendingLabel="Saving…" />
    </form>
  );
}

/** The adjustments themselves, the same wherever an accommodation is set. */
export function AdjustmentFields({ values, errors, timeZones, closeHint }: { values: Record<string, string>; errors: Record<string, string[] | undefined>; timeZones: string[]; closeHint: string }) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField name="timeMultiplier" label="Time multiplier" inputMode="decimal" hint="1 to 4; 1.5 gives half as long again." defaultValue={values.timeMultiplier} errors={errors.timeMultiplier} />
        <FormField name="extraMinutes" label="Extra minutes" inputMode="numeric" hint="Added after the multiplier." defaultValue={values.extraMinutes} errors={errors.extraMinutes} />
        <FormField name="extraAttempts" label="Extra attempts" inputMode="numeric" hint="On top of the quiz's limit." defaultValue={values.extraAttempts} errors={errors.extraAttempts} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          name="closesAt"
          label="Later close"
          type="datetime-local"
          hint={closeHint}
          defaultValue={values.closesAt}
          errors={errors.closesAt}
        />
        <SelectField name="timeZone" label="Time zone" hint="The later close is read in this zone." defaultValue={values.timeZone || "UTC"} errors={errors.timeZone}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </SelectField>
      </div>
    </>
  );
}

export function RemoveAccommodation({ courseSlug, quizId, userId, scope, label, learnerName }: { courseSlug: string; quizId: string; userId: string; scope: "quiz" | "course"; label: string; learnerName: string }) {
  return <RemoveForm action={removeAccommodationAction} fields={{ course: courseSlug, quizId, userId, scope }} label={label} spokenTail={`for ${learnerName}`} />;
}

/** A one-button form that removes an accommodation; `spokenTail` tells apart the buttons of a table. */
export function RemoveForm({ action: remove, fields, label, spokenTail }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; fields: Record<string, string>; label: string; spokenTail: string }) {
  const [state, action] = useActionState(remove, idleState);
  return (
    <form action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="rounded border border-slate-400 px-3 py-1 text-sm text-slate-800 hover:bg-slate-100">
        {label}
        <span className="sr-only"> {spokenTail}</span>
      </button>
      {state.status === "error" && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
