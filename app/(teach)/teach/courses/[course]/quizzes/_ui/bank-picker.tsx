"use client";

import { useRef, useState, useTransition, type KeyboardEvent } from "react";
import { typeChoices, difficultyChoices } from "@/lib/question-bank/form-fields";
import type { QuizBankSearchInput } from "@/lib/quizzes/bank-search";
import { searchBankAction, type BankSearchResult } from "../builder-actions";

const control = "block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900";
const label = "block text-sm font-medium text-slate-800";
const button = "rounded border border-slate-400 px-3 py-1 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-50";

interface BankPickerProps {
  courseSlug: string;
  lessons: { value: string; label: string }[];
  tagNames: string[];
  /** Questions already in a fixed slot: shown as such and not offered again. */
  inQuiz: Set<string>;
  disabled: boolean;
  onAdd: (questionIds: string[]) => void;
}

/**
 * Finds questions in the course's bank by their stem, lesson, type, tag and difficulty, a page at
 * a time, and adds the ticked ones as fixed slots. A native modal dialog: it keeps focus inside,
 * Escape closes it, and focus goes back to the button that opened it.
 */
export function BankPicker({ courseSlug, lessons, tagNames, inQuiz, disabled, onAdd }: BankPickerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // Not a <form>: the picker stands inside the quiz form, and forms cannot nest. Its controls have
  // no name, so they are never posted with the quiz.
  const form = useRef<HTMLDivElement>(null);
  const [result, setResult] = useState<BankSearchResult | null>(null);
  const [ticked, setTicked] = useState<string[]>([]);
  const [pending, startTransition] = useTransition();
  // After adding, focus goes to the first new slot rather than back to the opener.
  const refocusOpener = useRef(true);

  function search(page: number) {
    const fields: Record<string, string> = {};
    for (const control of form.current!.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-field]")) fields[control.dataset.field!] = control.value;
    const input: QuizBankSearchInput = { course: courseSlug, q: fields.q, lesson: fields.lesson, type: fields.type as QuizBankSearchInput["type"], tag: fields.tag, difficulty: fields.difficulty as QuizBankSearchInput["difficulty"], page };
    startTransition(async () => setResult(await searchBankAction(input)));
  }
  function open() {
    setTicked([]);
    refocusOpener.current = true;
    dialog.current?.showModal();
    if (!result) search(1);
  }
  function close() {
    dialog.current?.close();
  }
  function add() {
    const ids = ticked;
    refocusOpener.current = false;
    dialog.current?.close();
    onAdd(ids);
  }
  const onEnter = (event: KeyboardEvent) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    search(1);
  };
  const toggle = (id: string, on: boolean) => setTicked((now) => (on ? [...now, id] : now.filter((other) => other !== id)));

  return (
    <>
      <button type="button" ref={opener} className={button} disabled={disabled} onClick={open}>
        Add questions from the bank
      </button>
      <dialog ref={dialog} aria-labelledby="picker-heading" className="m-auto w-full max-w-3xl rounded-lg border border-slate-300 bg-white p-0 text-slate-900 backdrop:bg-slate-900/50" onClose={() => refocusOpener.current && opener.current?.focus()}>
        <div className="space-y-4 p-5">
          <h2 id="picker-heading" className="text-xl font-semibold">
            Add questions from the bank
          </h2>
          <div ref={form} role="search" aria-label="Search the question bank" onKeyDown={onEnter} className="grid gap-3 sm:grid-cols-2">
            <div className="space-y-1 sm:col-span-2">
              <label htmlFor="picker-q" className={label}>
                Search the stems
              </label>
              <input id="picker-q" data-field="q" type="search" className={control} autoFocus />
            </div>
            <PickerSelect name="lesson" label="Lesson" any="Any lesson" choices={lessons} />
            <PickerSelect name="type" label="Type" any="Any type" choices={typeChoices} />
            <PickerSelect name="tag" label="Tag" any="Any tag" choices={tagNames.map((name) => ({ value: name, label: name }))} />
            <PickerSelect name="difficulty" label="Difficulty" any="Any difficulty" choices={difficultyChoices} />
            <div className="sm:col-span-2">
              <button type="button" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800" onClick={() => search(1)}>
                Search
              </button>
            </div>
          </div>
          <PickerResults result={result} pending={pending} ticked={ticked} inQuiz={inQuiz} onToggle={toggle} onPage={search} />
          <div className="flex flex-wrap gap-3 border-t border-slate-200 pt-4">
            <button type="button" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60" disabled={ticked.length === 0} onClick={add}>
              Add {ticked.length || ""} selected as fixed slots
            </button>
            <button type="button" className={button} onClick={close}>
              Cancel
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}

function PickerSelect({ name, label: text, any, choices }: { name: string; label: string; any: string; choices: readonly { value: string; label: string }[] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`picker-${name}`} className={label}>
        {text}
      </label>
      <select id={`picker-${name}`} data-field={name} className={control} defaultValue="">
        <option value="">{any}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function PickerResults({ result, pending, ticked, inQuiz, onToggle, onPage }: { result: BankSearchResult | null; pending: boolean; ticked: string[]; inQuiz: Set<string>; onToggle: (id: string, on: boolean) => void; onPage: (page: number) => void }) {
  const summary = pending || !result ? "Searching…" : result.status === "error" ? result.message : `${result.total} question${result.total === 1 ? "" : "s"} found. Page ${result.page} of ${result.pages}.`;
  return (
    <div className="space-y-3">
      <p role="status" aria-live="polite" className={result?.status === "error" ? "font-medium text-red-700" : "text-slate-700"}>
        {summary}
      </p>
      {result?.status === "ok" && result.rows.length > 0 && (
        <fieldset>
          <legend className="sr-only">Questions to add</legend>
          <ul className="max-h-80 divide-y divide-slate-200 overflow-y-auto rounded border border-slate-200">
            {result.rows.map((row) => (
              <li key={row.id} className="flex gap-3 p-3">
                <input id={`pick-${row.id}`} type="checkbox" className="mt-1 size-4" checked={ticked.includes(row.id)} disabled={inQuiz.has(row.id)} onChange={(event) => onToggle(row.id, event.target.checked)} />
                <label htmlFor={`pick-${row.id}`} className="space-y-1">
                  <span className="block text-slate-900">{row.excerpt}</span>
                  <span className="block text-sm text-slate-700">
                    {row.type} · {row.lesson}
                    {row.tags.length > 0 && ` · ${row.tags.join(", ")}`}
                    {inQuiz.has(row.id) && " · already in this quiz"}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {result?.status === "ok" && result.pages > 1 && (
        <nav aria-label="Result pages" className="flex gap-2">
          <button type="button" className={button} disabled={result.page <= 1 || pending} onClick={() => onPage(result.page - 1)}>
            Previous page
          </button>
          <button type="button" className={button} disabled={result.page >= result.pages || pending} onClick={() => onPage(result.page + 1)}>
            Next page
          </button>
        </nav>
      )}
    </div>
  );
}
