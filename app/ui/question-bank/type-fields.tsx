"use client";

import { levelGroup } from "@/lib/question-bank/form-fields";
import { CheckboxField, FieldError, TextField, TextareaField } from "@/app/ui/fields";
import { RowField, RowList } from "./row-list";

/** The answer fields of each question type: the key, per-answer feedback and the type's options. */

export type Section = "choice" | "true_false" | "short_answer" | "numerical" | "matching" | "ordering" | "essay";

interface SectionProps {
  values: Record<string, string>;
  errors: Record<string, string[] | undefined>;
  onRowsChange: () => void;
  multiple?: boolean;
}

const rowGrid = "grid gap-3 sm:grid-cols-[1fr_7rem]";

export function ChoiceFields({ values, errors, onRowsChange, multiple }: SectionProps) {
  return (
    <>
      <RowList
        group="option"
        legend="Options"
        rowNoun="Option"
        hint={multiple ? "Credit in per cent. The right options' credits add up to 100; a wrong option may take credit away (down to −100)." : "Credit in per cent: give the right option 100, the others 0 (or partial credit)."}
        firstField="text"
        values={values}
        errors={errors}
        onRowsChange={onRowsChange}
      >
        {(id, label) => (
          <>
            <div className={rowGrid}>
              <RowField group="option" id={id} field="text" label="Text" rowLabel={label} values={values} errors={errors} />
              <RowField group="option" id={id} field="credit" label="Credit (%)" rowLabel={label} values={values} errors={errors} inputMode="decimal" />
            </div>
            <RowField group="option" id={id} field="feedback" label="Feedback" rowLabel={label} values={values} errors={errors} />
          </>
        )}
      </RowList>
      <CheckboxField id="choice-shuffle" name="shuffle" label="Shuffle the options" hint="Each learner sees them in a different order (if the quiz shuffles options too)." defaultChecked={values.shuffle === "on"} />
      {multiple && <CheckboxField id="allOrNothing" name="allOrNothing" label="All or nothing" hint="Full marks only for exactly the right options; no partial credit." defaultChecked={values.allOrNothing === "on"} />}
    </>
  );
}

export function TrueFalseFields({ values, errors }: SectionProps) {
  return (
    <>
      <fieldset className="space-y-2" aria-describedby={errors.answer?.length ? "answer-error" : undefined}>
        <legend className="font-semibold text-slate-900">The statement is</legend>
        <FieldError id="answer-error" errors={errors.answer} />
        {(["true", "false"] as const).map((answer) => (
          <div key={answer} className="flex items-center gap-2">
            <input type="radio" key={`${answer}-${values.answer}`} id={`answer-${answer}`} name="answer" value={answer} defaultChecked={values.answer === answer} className="size-4" />
            <label htmlFor={`answer-${answer}`}>{answer === "true" ? "True" : "False"}</label>
          </div>
        ))}
      </fieldset>
      <TextareaField name="feedbackTrue" label="Feedback for “True”" hint="Shown at review to a learner who answered true, right or wrong." defaultValue={values.feedbackTrue} errors={errors.feedbackTrue} rows={2} />
      <TextareaField name="feedbackFalse" label="Feedback for “False”" defaultValue={values.feedbackFalse} errors={errors.feedbackFalse} rows={2} />
    </>
  );
}

export function ShortAnswerFields({ values, errors, onRowsChange }: SectionProps) {
  return (
    <>
      <RowList group="accepted" legend="Accepted answers" rowNoun="Answer" hint="An * matches any run of characters; write \* for an asterisk itself. Credit in per cent: one answer gives 100." firstField="text" values={values} errors={errors} onRowsChange={onRowsChange}>
        {(id, label) => (
          <>
            <div className={rowGrid}>
              <RowField group="accepted" id={id} field="text" label="Answer" rowLabel={label} values={values} errors={errors} />
              <RowField group="accepted" id={id} field="credit" label="Credit (%)" rowLabel={label} values={values} errors={errors} inputMode="decimal" />
            </div>
            <RowField group="accepted" id={id} field="feedback" label="Feedback" rowLabel={label} values={values} errors={errors} />
          </>
        )}
      </RowList>
      <CheckboxField id="caseSensitive" name="caseSensitive" label="Case matters" hint="“NATO” and “nato” are then different answers." defaultChecked={values.caseSensitive === "on"} />
    </>
  );
}

export function NumericalFields({ values, errors, onRowsChange }: SectionProps) {
  return (
    <>
      <RowList group="number" legend="Accepted values" rowNoun="Value" hint="A value, or * for any number (for feedback on every other answer). A tolerance of 0.5 accepts 7.5 to 8.5 for 8." firstField="value" values={values} errors={errors} onRowsChange={onRowsChange}>
        {(id, label) => (
          <>
            <div className="grid gap-3 sm:grid-cols-3">
              <RowField group="number" id={id} field="value" label="Value" rowLabel={label} values={values} errors={errors} inputMode="decimal" />
              <RowField group="number" id={id} field="tolerance" label="Tolerance (±)" rowLabel={label} values={values} errors={errors} inputMode="decimal" />
              <RowField group="number" id={id} field="credit" label="Credit (%)" rowLabel={label} values={values} errors={errors} inputMode="decimal" />
            </div>
            <RowField group="number" id={id} field="feedback" label="Feedback" rowLabel={label} values={values} errors={errors} />
          </>
        )}
      </RowList>
      <TextField name="unit" label="Unit" hint="Shown beside the answer box, for example “km” or “million people”. Optional." defaultValue={values.unit} errors={errors.unit} />
    </>
  );
}

export function MatchingFields({ values, errors, onRowsChange }: SectionProps) {
  return (
    <>
      <RowList group="pair" legend="Pairs" rowNoun="Pair" hint="Each prompt with the answer that matches it. Learners choose each prompt's answer from all the answers and distractors." firstField="prompt" values={values} errors={errors} onRowsChange={onRowsChange}>
        {(id, label) => (
          <div className="grid gap-3 sm:grid-cols-2">
            <RowField group="pair" id={id} field="prompt" label="Prompt" rowLabel={label} values={values} errors={errors} />
            <RowField group="pair" id={id} field="answer" label="Matching answer" rowLabel={label} values={values} errors={errors} />
          </div>
        )}
      </RowList>
      <TextareaField name="distractors" label="Distractors" hint="Answers that match no prompt, one per line. Optional." defaultValue={values.distractors} errors={errors.distractors} rows={3} />
      <CheckboxField id="matching-shuffle" name="shuffle" label="Shuffle the answers" defaultChecked={values.shuffle === "on"} />
    </>
  );
}

export function OrderingFields({ values, errors, onRowsChange }: SectionProps) {
  return (
    <RowList group="item" legend="Items, in the right order" rowNoun="Item" hint="Learners get them shuffled and put them back in this order." firstField="text" movable values={values} errors={errors} onRowsChange={onRowsChange}>
      {(id, label) => <RowField group="item" id={id} field="text" label="Text" rowLabel={label} values={values} errors={errors} />}
    </RowList>
  );
}

export function EssayFields({ values, errors, onRowsChange }: SectionProps) {
  return (
    <>
      <TextareaField name="modelAnswer" label="Model answer" hint="For graders, and for learners at review if the quiz shows the right answer. Optional." defaultValue={values.modelAnswer} errors={errors.modelAnswer} rows={4} />
      <RowList group="criterion" legend="Rubric criteria" rowNoun="Criterion" hint="Optional. Graders choose one level per criterion; its points count towards the mark." firstField="title" values={values} errors={errors} onRowsChange={onRowsChange}>
        {(id, label) => (
          <>
            <input type="hidden" name={`criterion.${id}.key`} value={values[`criterion.${id}.key`] ?? ""} />
            <RowField group="criterion" id={id} field="title" label="Title" rowLabel={label} values={values} errors={errors} />
            <RowList group={levelGroup(id)} legend={`Levels of ${label.toLowerCase()}`} rowNoun="Level" firstField="label" values={values} errors={errors} onRowsChange={onRowsChange}>
              {(levelId, levelLabel) => (
                <>
                  <div className={rowGrid}>
                    <RowField group={levelGroup(id)} id={levelId} field="label" label="Label" rowLabel={`${label}, ${levelLabel.toLowerCase()}`} values={values} errors={errors} />
                    <RowField group={levelGroup(id)} id={levelId} field="points" label="Points" rowLabel={`${label}, ${levelLabel.toLowerCase()}`} values={values} errors={errors} inputMode="decimal" />
                  </div>
                  <RowField group={levelGroup(id)} id={levelId} field="description" label="Description" rowLabel={`${label}, ${levelLabel.toLowerCase()}`} values={values} errors={errors} />
                </>
              )}
            </RowList>
          </>
        )}
      </RowList>
    </>
  );
}
