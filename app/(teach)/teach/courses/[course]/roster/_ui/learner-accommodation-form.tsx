"use client";

import { useActionState } from "react";
import { idleState } from "@/app/lib/action-state";
import { FormMessage, SubmitButton } from "@/app/ui/form-status";
import { AdjustmentFields, RemoveForm } from "../../quizzes/_ui/accommodation-form";
import { FieldError, SelectField } from "@/app/ui/fields";
import { removeLearnerAccommodationAction, saveLearnerAccommodationAction } from "../[user]/accommodations/actions";

interface LearnerAccommodationFormProps {
  courseSlug: string;
  userId: string;
  quizzes: { value: string; label: string }[];
  initial: Record<string, string>;
  timeZones: string[];
}

/** One learner's accommodation, course-wide (blank quiz) or for the quiz chosen. */
export function LearnerAccommodationForm({ courseSlug, userId, quizzes, initial, timeZones }: LearnerAccommodationFormProps) {
  const [state, action] = useActionState(saveLearnerAccommodationAction, idleState);
  const values = state.status === "error" && state.values ? state.values : initial;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="course" value={courseSlug} />
      <input type="hidden" name="userId" value={userId} />
      <SelectField name="quizId" label="Applies to" hint="A quiz's own accommodation replaces the course-wide one for that quiz." defaultValue={values.quizId} errors={errors.quizId}>
        <option value="">Every quiz in this course (course-wide)</option>
        {quizzes.map((quiz) => (
          <option key={quiz.value} value={quiz.value}>
            {quiz.label}
          </option>
        ))}
      </SelectField>
      <AdjustmentFields values={values} errors={errors} timeZones={timeZones} closeHint="For one quiz it must be after that quiz closes. It never opens a quiz that has no close time." />
      {/* The learner is fixed by the page; a refusal about them is the form's own. */}
      <FieldError id="form-error" errors={[...(errors.form ?? []), ...(errors.userId ?? [])]} />
      <FormMessage state={state} />
      <SubmitButton label="Save accommodation" pendingLabel="Saving…" />
    </form>
  );
}

export function RemoveLearnerAccommodation({ courseSlug, userId, quizId, label, what }: { courseSlug: string; userId: string; quizId: string; label: string; what: string }) {
  return <RemoveForm action={removeLearnerAccommodationAction} fields={{ course: courseSlug, userId, quizId }} label={label} spokenTail={what} />;
}
