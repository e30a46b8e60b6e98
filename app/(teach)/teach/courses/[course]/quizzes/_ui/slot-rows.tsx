"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { FormField } from "@/app/ui/form-field";
import { defaultMarks, maxSlots, slotFieldName, slotKindChoices, slotOrderField, slotRowIds, type SlotField } from "@/lib/quizzes/form-fields";
import type { SlotChoices } from "@/server/quizzes/quiz-admin";
import { BankPicker } from "./bank-picker";
import { RandomSlotsAdder } from "./random-slots-adder";
import { FieldError, SelectField } from "@/app/ui/fields";

/*
 * Which target list a row shows follows its "what goes here" select through CSS alone, so the
 * rows work before (or without) scripts; the buttons that add, move and remove rows need them.
 */
const targetCss = `
.slot-target { display: none; }
.slot-row:has(option[value="fixed"]:checked) .slot-target-question,
.slot-row:has(option[value="lesson"]:checked) .slot-target-lesson,
.slot-row:has(option[value="tag"]:checked) .slot-target-tag { display: block; }
`;

const button = "rounded border border-slate-400 px-3 py-1 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-50";

type Preset = Partial<Record<SlotField, string>>;

interface SlotRowsProps {
  initialOrder: string[];
  values: Record<string, string>;
  /** Changes with every answer from the server: rows added since then start blank. */
  stateKey: object;
  errors: Record<string, string[] | undefined>;
  choices: SlotChoices;
  courseSlug: string;
}

export function SlotRows({ initialOrder, values, stateKey, errors, choices, courseSlug }: SlotRowsProps) {
  const [rows, setRows] = useState(initialOrder);
  /** Rows added since the server last answered, with what they start with (a picked question). */
  const [added, setAdded] = useState(() => new Map<string, { key: object; preset: Preset }>());
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  // A select shows only the start of a long stem: the question a fixed slot holds is also said in full.
  const questionLabels = useMemo(() => new Map(choices.questionGroups.flatMap((group) => group.options.map((option) => [option.value, `${option.label} (${group.label})`]))), [choices]);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const rowAt = (x: number, y: number) => document.elementFromPoint(x, y)?.closest<HTMLElement>("[data-slot-row]")?.dataset.slotRow ?? null;
  const [announcement, setAnnouncement] = useState("");
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const valueFor = (id: string, field: SlotField) => {
    const blank = field === "marks" ? defaultMarks : "";
    const fresh = added.get(id);
    if (fresh?.key === stateKey) return fresh.preset[field] ?? blank;
    return values[slotFieldName(id, field)] ?? blank;
  };
  // The fixed questions as the form stands (a select may have been changed since it rendered).
  const questionsInQuiz = () =>
    new Set(rows.flatMap((id) => {
      const select = document.getElementById(slotFieldName(id, "question")) as HTMLSelectElement | null;
      const kind = document.getElementById(slotFieldName(id, "kind")) as HTMLSelectElement | null;
      return kind?.value === "fixed" && select?.value ? [select.value] : [];
    }));
  const [inQuiz, setInQuiz] = useState(() => new Set<string>());
  const kinds = slotKindChoices.filter((kind) => kind.value !== "tag" || choices.tags.length > 0);

  function moveTo(from: number, to: number) {
    const next = [...rows];
    const [row] = next.splice(from, 1);
    next.splice(to, 0, row!);
    setRows(next);
    setAnnouncement(`Slot moved to position ${to + 1} of ${next.length}.`);
    return row!;
  }
  function move(index: number, by: -1 | 1) {
    const row = moveTo(index, index + by);
    const position = index + by;
    focusNext.current = `${row}-${position === 0 ? "down" : position === rows.length - 1 ? "up" : by < 0 ? "up" : "down"}`;
  }
  function drop(target: string | null) {
    if (dragged && target && target !== dragged) moveTo(rows.indexOf(dragged), rows.indexOf(target));
    setDragged(null);
    setOver(null);
  }
  function remove(index: number) {
    const next = rows.filter((_, at) => at !== index);
    setRows(next);
    const neighbour = next[index] ?? next[index - 1];
    focusNext.current = neighbour ? slotFieldName(neighbour, "kind") : "add-slot";
    setAnnouncement(`Slot ${index + 1} removed. ${next.length} left.`);
  }
  function add() {
    const id = slotRowIds.find((candidate) => !rows.includes(candidate));
    if (!id) return;
    setAdded(new Map(added).set(id, { key: stateKey, preset: {} }));
    setRows([...rows, id]);
    focusNext.current = slotFieldName(id, "kind");
    setAnnouncement(`Slot ${rows.length + 1} added.`);
  }
  function addQuestions(questionIds: string[]) {
    const free = slotRowIds.filter((candidate) => !rows.includes(candidate)).slice(0, questionIds.length);
    if (free.length === 0) return;
    const next = new Map(added);
    free.forEach((id, index) => next.set(id, { key: stateKey, preset: { kind: "fixed", question: questionIds[index] } }));
    setAdded(next);
    setRows([...rows, ...free]);
    focusNext.current = slotFieldName(free[0]!, "question");
    const skipped = questionIds.length - free.length;
    setAnnouncement(`${free.length} question${free.length === 1 ? "" : "s"} added as slot${free.length === 1 ? "" : "s"} ${rows.length + 1}${free.length > 1 ? ` to ${rows.length + free.length}` : ""}.${skipped ? ` ${skipped} left out: a quiz has at most ${maxSlots} slots.` : ""}`);
  }

  function addRandom(source: { kind: "lesson" | "tag"; id: string }, count: number) {
    const free = slotRowIds.filter((candidate) => !rows.includes(candidate)).slice(0, count);
    if (free.length === 0) return;
    const next = new Map(added);
    free.forEach((id) => next.set(id, { key: stateKey, preset: { kind: source.kind, [source.kind]: source.id } }));
    setAdded(next);
    setRows([...rows, ...free]);
    focusNext.current = slotFieldName(free[0]!, "marks");
    setAnnouncement(`${free.length} random slot${free.length === 1 ? "" : "s"} added as slot${free.length === 1 ? "" : "s"} ${rows.length + 1}${free.length > 1 ? ` to ${rows.length + free.length}` : ""}.`);
  }

  return (
    <fieldset className="space-y-4" aria-describedby="slots-hint">
      <legend id="slots" tabIndex={-1} className="text-xl font-semibold">
        Questions
      </legend>
      <style>{targetCss}</style>
      <input type="hidden" name={slotOrderField} value={rows.join(",")} />
      <p id="slots-hint" className="text-sm text-slate-600">
        Each slot is one question in the attempt: a question you choose, or one drawn at random for each learner from a lesson or a tag. Slots
        set to “Not used” are left out.
      </p>
      <FieldError id="slots-error" errors={errors.slots} />
      <p className="text-sm text-slate-600">Reorder slots by dragging their handle, or with their Move up and Move down buttons.</p>
      <ol className="space-y-4">
        {rows.map((id, index) => (
          <li key={id} data-slot-row={id} className={dragged === id ? "opacity-60" : over === id ? "rounded outline-2 outline-blue-700 outline-dashed" : undefined}>
            <fieldset
              className="slot-row space-y-3 rounded border border-slate-300 p-4"
              onChange={(event) => {
                const control: EventTarget = event.target;
                if (control instanceof HTMLSelectElement && control.name === slotFieldName(id, "question")) setChosen({ ...chosen, [id]: control.value });
              }}
            >
              <legend className="flex items-center gap-2 px-1 font-medium">
                {/* Pointer events rather than HTML drag and drop: one code path for mouse, pen and touch. */}
                <span
                  aria-hidden="true"
                  title="Drag to reorder"
                  data-drag-handle
                  onPointerDown={(event) => {
                    if (event.button !== 0) return;
                    event.preventDefault();
                    event.currentTarget.setPointerCapture(event.pointerId);
                    setDragged(id);
                  }}
                  onPointerMove={(event) => dragged && setOver(rowAt(event.clientX, event.clientY))}
                  onPointerUp={(event) => drop(rowAt(event.clientX, event.clientY))}
                  onPointerCancel={() => drop(null)}
                  className="cursor-grab touch-none rounded border border-slate-400 px-1 text-slate-700 select-none"
                >
                  ⠿
                </span>
                Slot {index + 1}
              </legend>
              <div className="grid gap-3 sm:grid-cols-[15rem_1fr_7rem]">
                <SelectField name={slotFieldName(id, "kind")} label="What goes here" defaultValue={valueFor(id, "kind")} errors={errors[slotFieldName(id, "kind")]}>
                  {kinds.map((kind) => (
                    <option key={kind.value} value={kind.value}>
                      {kind.label}
                    </option>
                  ))}
                </SelectField>
                <div>
                  <SelectField className="slot-target slot-target-question" name={slotFieldName(id, "question")} label="Question" defaultValue={valueFor(id, "question")} errors={errors[slotFieldName(id, "question")]}>
                    <option value="">Choose a question</option>
                    {choices.questionGroups.map((group, at) => (
                      <optgroup key={`${at}-${group.label}`} label={group.label}>
                        {group.options.map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.label}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </SelectField>
                  {questionLabels.has(chosen[id] ?? valueFor(id, "question")) && (
                    <p className="slot-target slot-target-question mt-1 text-sm text-slate-700">Holds: {questionLabels.get(chosen[id] ?? valueFor(id, "question"))}</p>
                  )}
                  <SelectField className="slot-target slot-target-lesson" name={slotFieldName(id, "lesson")} label="Lesson to draw from" defaultValue={valueFor(id, "lesson")} errors={errors[slotFieldName(id, "lesson")]}>
                    <option value="">Choose a lesson</option>
                    {choices.lessons.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </SelectField>
                  <SelectField className="slot-target slot-target-tag" name={slotFieldName(id, "tag")} label="Tag to draw from" defaultValue={valueFor(id, "tag")} errors={errors[slotFieldName(id, "tag")]}>
                    <option value="">Choose a tag</option>
                    {choices.tags.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </SelectField>
                </div>
                <FormField name={slotFieldName(id, "marks")} label="Marks" inputMode="decimal" defaultValue={valueFor(id, "marks")} errors={errors[slotFieldName(id, "marks")]} />
              </div>
              <div className="flex flex-wrap gap-2">
                <button type="button" id={`${id}-up`} className={button} disabled={index === 0} onClick={() => move(index, -1)}>
                  Move up<span className="sr-only"> slot {index + 1}</span>
                </button>
                <button type="button" id={`${id}-down`} className={button} disabled={index === rows.length - 1} onClick={() => move(index, 1)}>
                  Move down<span className="sr-only"> slot {index + 1}</span>
                </button>
                <button type="button" className={button} disabled={rows.length === 1} onClick={() => remove(index)}>
                  Remove<span className="sr-only"> slot {index + 1}</span>
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2" onFocusCapture={() => setInQuiz(questionsInQuiz())} onPointerDownCapture={() => setInQuiz(questionsInQuiz())}>
        <button type="button" id="add-slot" className={button} disabled={rows.length >= maxSlots} onClick={add}>
          Add a slot
        </button>
        <BankPicker courseSlug={courseSlug} lessons={choices.lessons} tagNames={choices.tagNames} inQuiz={inQuiz} disabled={rows.length >= maxSlots} onAdd={addQuestions} />
        <RandomSlotsAdder lessons={choices.lessons} tags={choices.tags} room={maxSlots - rows.length} onAdd={addRandom} />
      </div>
      <p aria-live="polite" role="status" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}
