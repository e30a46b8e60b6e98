"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { idleState } from "@/app/lib/action-state";
import { FormField } from "@/app/ui/form-field";
import { FormMessage, SubmitButton } from "@/app/ui/form-status";
import { gradingMethodChoices, statusChoices } from "@/lib/quizzes/form-fields";
import type { QuizFormValues } from "@/lib/quizzes/form-values";
import type { SlotChoices } from "@/server/quizzes/quiz-admin";
import { saveQuizAction } from "../actions";
import { ChangeConfirmation } from "./change-confirmation";
import { CheckboxField, ErrorSummary, RadioGroup, SelectField, TextareaField } from "@/app/ui/fields";
import { ReviewGrid } from "./review-grid";
import { SlotRows } from "./slot-rows";

interface QuizFormProps {
  courseSlug: string;
  quizId: string | null;
  initial: QuizFormValues;
  choices: SlotChoices;
  timeZones: string[];
  /** Attempts already made on this quiz (0 for a new one). */
  attempts: number;
  cancelHref: string;
}

const radioFirst: Record<string, string> = { status: `status-${statusChoices[0]!.value}`, gradingMethod: `gradingMethod-${gradingMethodChoices[0]!.value}` };
const section = "space-y-4 rounded-lg border border-slate-200 bg-white p-5 sm:p-6";

/** One plain form for a new quiz and for changes to one; every field works with the keyboard alone. */
export function QuizForm({ courseSlug, quizId, initial, choices, timeZones, attempts, cancelHref }: QuizFormProps) {
  const [state, action] = useActionState(saveQuizAction, idleState);
  const values = state.values ?? initial.values;
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => values[name] ?? "";
  const summary = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status === "error" && !state.confirm) summary.current?.focus();
  }, [state]);

  return (
    <form action={action} noValidate className="space-y-6">
      <input type="hidden" name="course" value={courseSlug} />
      <input type="hidden" name="quizId" value={quizId ?? ""} />
      <ErrorSummary errors={errors} fieldId={(field) => radioFirst[field] ?? field} headingRef={summary} />
      {state.confirm && <ChangeConfirmation confirm={state.confirm} />}

      <section aria-labelledby="about-heading" className={section}>
        <h2 id="about-heading" className="text-xl font-semibold">
          About the quiz
        </h2>
        <FormField name="title" label="Title" required defaultValue={value("title")} errors={errors.title} />
        <TextareaField name="instructions" rows={4} label="Instructions" hint="Shown to learners before they start. Optional." defaultValue={value("instructions")} errors={errors.instructions} />
        <RadioGroup name="status" legend="Status" choices={statusChoices} defaultValue={value("status")} errors={errors.status} />
      </section>

      <section aria-labelledby="timing-heading" className={section}>
        <h2 id="timing-heading" className="text-xl font-semibold">
          Timing
        </h2>
        <fieldset className="space-y-2" aria-describedby="time-limit-hint">
          <legend className="font-medium text-slate-800">Time limit</legend>
          <p id="time-limit-hint" className="text-sm text-slate-600">
            Leave both blank for no limit. Short limits are fine: 0 minutes 8 seconds is 8 seconds.
          </p>
          <div className="grid max-w-sm grid-cols-2 gap-3">
            <FormField name="timeLimitMinutes" label="Minutes" inputMode="numeric" defaultValue={value("timeLimitMinutes")} errors={errors.timeLimitMinutes} />
            <FormField name="timeLimitSeconds" label="Seconds" inputMode="numeric" defaultValue={value("timeLimitSeconds")} errors={errors.timeLimitSeconds} />
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField name="opensAt" label="Opens at" type="datetime-local" hint="Blank: open as soon as it is published." defaultValue={value("opensAt")} errors={errors.opensAt} />
          <FormField name="closesAt" label="Closes at" type="datetime-local" hint="Blank: never closes." defaultValue={value("closesAt")} errors={errors.closesAt} />
        </div>
        <SelectField name="timeZone" label="Time zone" hint="Opening and closing times are read in this zone. Saved times are shown again in UTC." defaultValue={value("timeZone") || "UTC"} errors={errors.timeZone}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </SelectField>
      </section>

      <section aria-labelledby="grading-heading" className={section}>
        <h2 id="grading-heading" className="text-xl font-semibold">
          Attempts and grading
        </h2>
        <FormField name="attemptsAllowed" label="Attempts allowed" inputMode="numeric" hint="1 to 100. Leave blank for unlimited attempts." defaultValue={value("attemptsAllowed")} errors={errors.attemptsAllowed} className="block w-32 rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-700" />
        <RadioGroup name="gradingMethod" legend="Grade to keep when there are several attempts" choices={gradingMethodChoices} defaultValue={value("gradingMethod")} errors={errors.gradingMethod} />
        <CheckboxField name="shuffleQuestions" label="Shuffle the questions" hint="Each learner gets the slots in a different order." defaultChecked={value("shuffleQuestions") === "on"} />
        <CheckboxField name="shuffleOptions" label="Shuffle the answer options" hint="Within each question, for question types that have options." defaultChecked={value("shuffleOptions") === "on"} />
      </section>

      <section aria-label="Review options" className={section}>
        <ReviewGrid isChecked={(name) => value(name) === "on"} />
      </section>

      <section aria-label="Questions" className={section}>
        {attempts > 0 && (
          <p className="rounded border border-blue-700 bg-blue-50 p-3 text-blue-900">
            This quiz has {attempts} attempt{attempts === 1 ? "" : "s"}. Changes apply to attempts started after you save; attempts already started keep their
            questions and marks. Before saving a change that reaches existing attempts, you are shown what it affects and asked to confirm.
          </p>
        )}
        <SlotRows initialOrder={initial.slotOrder} values={values} stateKey={state} errors={errors} choices={choices} courseSlug={courseSlug} />
        {attempts === 0 && quizId && <p className="text-sm text-slate-600">Attempts already started keep their questions and marks whatever you change here.</p>}
      </section>

      <FormMessage state={state} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label={quizId ? "Save changes" : "Create quiz"} pendingLabel="Saving…" />
        <Link href={cancelHref} className="text-blue-800 underline underline-offset-4">
          Cancel
        </Link>
      </div>
    </form>
  );
}
