"use client";

import Link from "next/link";
import { useActionState, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { idleState, type ActionState } from "@/app/lib/action-state";
import { FormMessage, SubmitButton } from "@/app/ui/form-status";
import { difficultyChoices, levelChoices, typeChoices, typeLabel, type Fields } from "@/lib/question-bank/form-fields";
import { formFieldsOf } from "@/lib/question-bank/form-values";
import { parseQuestionForm } from "@/lib/question-bank/parse-form";
import type { QuestionType } from "@/lib/questions";
import { ErrorSummary, SelectField, TextField, TextareaField } from "@/app/ui/fields";
import { QuestionPreview } from "./question-preview";
import { ChoiceFields, EssayFields, MatchingFields, NumericalFields, OrderingFields, ShortAnswerFields, TrueFalseFields, type Section } from "./type-fields";

interface QuestionEditorProps {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  courseSlug: string;
  /** Null for a new question. */
  questionId: string | null;
  /** The version the form was filled from; a save builds on it. */
  version: number | null;
  initial: Record<string, string>;
  lessons: { id: string; title: string; unitTitle: string }[];
  cancelHref: string;
}

const sectionOf = (type: QuestionType): Section => (type === "single_choice" || type === "multiple_response" ? "choice" : type);
const box = "space-y-4 rounded-lg border border-slate-200 bg-white p-5 sm:p-6";

/** The question form with its live preview beside it (below it on narrow screens). */
export function QuestionEditor({ action, courseSlug, questionId, version, initial, lessons, cancelHref }: QuestionEditorProps) {
  const [state, formAction] = useActionState(action, idleState);
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};
  const [type, setType] = useState<QuestionType>((values.type as QuestionType) || "single_choice");
  const form = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<Fields>(values);
  const refresh = useCallback(() => {
    if (form.current) setFields(formFieldsOf(new FormData(form.current)));
  }, []);
  useEffect(refresh, [refresh, type, state]);
  const parsed = useMemo(() => parseQuestionForm(fields), [fields]);
  const summary = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);

  const section = sectionOf(type);
  const typeSections: [Section, ReactNode][] = [
    ["choice", <ChoiceFields key="choice" multiple={type === "multiple_response"} values={values} errors={errors} onRowsChange={refresh} />],
    ["true_false", <TrueFalseFields key="tf" values={values} errors={errors} onRowsChange={refresh} />],
    ["short_answer", <ShortAnswerFields key="sa" values={values} errors={errors} onRowsChange={refresh} />],
    ["numerical", <NumericalFields key="num" values={values} errors={errors} onRowsChange={refresh} />],
    ["matching", <MatchingFields key="match" values={values} errors={errors} onRowsChange={refresh} />],
    ["ordering", <OrderingFields key="order" values={values} errors={errors} onRowsChange={refresh} />],
    ["essay", <EssayFields key="essay" values={values} errors={errors} onRowsChange={refresh} />],
  ];

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <form ref={form} action={formAction} noValidate onChange={refresh} className="space-y-6">
        <input type="hidden" name="course" value={courseSlug} />
        <input type="hidden" name="questionId" value={questionId ?? ""} />
        <input type="hidden" name="version" value={version ?? ""} />
        <ErrorSummary errors={errors} fieldId={(field) => (field === "answer" ? "answer-true" : field === "form" ? "question-heading" : field)} headingRef={summary} />

        <section aria-labelledby="question-heading" className={box}>
          <h2 id="question-heading" className="text-xl font-semibold">
            Question
          </h2>
          {questionId ? (
            <p>
              <input type="hidden" name="type" value={type} />
              Type: <strong>{typeLabel(type)}</strong> <span className="text-sm text-slate-600">(a question keeps its type: make a new question for another type)</span>
            </p>
          ) : (
            <SelectField name="type" label="Type" defaultValue={type} errors={errors.type} onChange={(value) => setType(value as QuestionType)}>
              {typeChoices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </SelectField>
          )}
          <TextareaField name="stem" label="Stem" hint="The question itself, as learners read it." defaultValue={values.stem} errors={errors.stem} rows={3} />
          <TextareaField name="explanation" label="Explanation" hint="General feedback, shown to everyone at review. Optional." defaultValue={values.explanation} errors={errors.explanation} rows={3} />
        </section>

        <section aria-labelledby="answers-heading" className={box}>
          <h2 id="answers-heading" className="text-xl font-semibold">
            Answers
          </h2>
          {typeSections.map(([name, node]) => (
            // Only the chosen type's fields are sent: a disabled fieldset's controls are not part of the form.
            <fieldset key={name} disabled={name !== section} hidden={name !== section} className="space-y-4">
              <legend className="sr-only">{name === "choice" ? typeLabel(type) : typeLabel(name)} answers</legend>
              {node}
            </fieldset>
          ))}
        </section>

        <section aria-labelledby="bank-heading" className={box}>
          <h2 id="bank-heading" className="text-xl font-semibold">
            In the bank
          </h2>
          <SelectField name="lesson" label="Lesson" hint="Random slots draw from a lesson's questions." defaultValue={values.lesson} errors={errors.lesson}>
            <option value="">No lesson</option>
            {lessons.map((lesson) => (
              <option key={lesson.id} value={lesson.id}>
                {lesson.unitTitle}: {lesson.title}
              </option>
            ))}
          </SelectField>
          <TextField name="tags" label="Tags" hint="Separated by commas, for example: article 5, enlargement." defaultValue={values.tags} errors={errors.tags} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField name="difficulty" label="Difficulty" defaultValue={values.difficulty} errors={errors.difficulty}>
              {difficultyChoices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </SelectField>
            <SelectField name="level" label="Cognitive level" defaultValue={values.level} errors={errors.level}>
              {levelChoices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </SelectField>
          </div>
        </section>

        {errors.form && <p className="font-medium text-red-700">{errors.form.join(" ")}</p>}
        <FormMessage state={state} />
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton label={questionId ? "Save changes" : "Create question"} pendingLabel="Saving…" />
          <Link href={cancelHref} className="text-blue-800 underline underline-offset-4">
            Cancel
          </Link>
        </div>
      </form>
      <aside aria-label="Preview" className="lg:sticky lg:top-4 lg:self-start">
        <QuestionPreview parsed={parsed} />
      </aside>
    </div>
  );
}
