"use client";

import { useId, useRef, useState } from "react";

const control = "block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-700";
const button = "rounded border border-slate-400 px-3 py-1 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-50";

interface RandomSlotsAdderProps {
  lessons: { value: string; label: string }[];
  tags: { value: string; label: string }[];
  /** How many more slots the quiz can take. */
  room: number;
  onAdd: (source: { kind: "lesson" | "tag"; id: string }, count: number) => void;
}

/**
 * "Draw 5 from this lesson" in one step: adds that many random slots at once, as Moodle's
 * "random question" dialog does. Its controls have no name (it stands inside the quiz form), so
 * only the slots it adds are posted; the server checks the pool is large enough on save.
 */
export function RandomSlotsAdder({ lessons, tags, room, onAdd }: RandomSlotsAdderProps) {
  const id = useId();
  const source = useRef<HTMLSelectElement>(null);
  const count = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<{ field: "source" | "count"; message: string } | null>(null);

  function add() {
    const [kind, target] = (source.current?.value ?? "").split(":");
    if ((kind !== "lesson" && kind !== "tag") || !target) {
      setError({ field: "source", message: "Choose a lesson or a tag to draw from." });
      source.current?.focus();
      return;
    }
    const typed = (count.current?.value ?? "").trim();
    const wanted = /^\d+$/.test(typed) ? Number(typed) : NaN;
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > room) {
      setError({ field: "count", message: room === 0 ? "The quiz has no room for more slots." : `Enter a whole number from 1 to ${room}.` });
      count.current?.focus();
      return;
    }
    setError(null);
    onAdd({ kind, id: target }, wanted);
  }

  const errorId = `${id}-error`;
  return (
    <details className="w-full rounded border border-slate-300 bg-slate-50 px-4 py-2">
      <summary className="cursor-pointer text-sm font-medium text-slate-800">Draw several questions at random</summary>
      <div role="group" aria-labelledby={`${id}-legend`} className="mt-3 space-y-3">
        <p id={`${id}-legend`} className="text-sm text-slate-700">
          Adds one random slot per question, each drawn for every learner from the same lesson or tag, never the same question twice in an attempt.
        </p>
        <div className="grid gap-3 sm:grid-cols-[1fr_8rem]">
          <div>
            <label htmlFor={`${id}-source`} className="block text-sm font-medium text-slate-800">
              Draw from
            </label>
            <select id={`${id}-source`} ref={source} defaultValue="" className={control} aria-invalid={error?.field === "source" || undefined} aria-describedby={error?.field === "source" ? errorId : undefined}>
              <option value="">Choose a lesson or a tag</option>
              <optgroup label="Lessons">
                {lessons.map((lesson) => (
                  <option key={lesson.value} value={`lesson:${lesson.value}`}>
                    {lesson.label}
                  </option>
                ))}
              </optgroup>
              {tags.length > 0 && (
                <optgroup label="Tags">
                  {tags.map((tag) => (
                    <option key={tag.value} value={`tag:${tag.value}`}>
                      {tag.label}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-count`} className="block text-sm font-medium text-slate-800">
              How many
            </label>
            <input
              id={`${id}-count`}
              ref={count}
              inputMode="numeric"
              defaultValue="1"
              className={control}
              aria-invalid={error?.field === "count" || undefined}
              aria-describedby={error?.field === "count" ? errorId : undefined}
              onKeyDown={(event) => {
                // Enter would submit the quiz form around it.
                if (event.key === "Enter") {
                  event.preventDefault();
                  add();
                }
              }}
            />
          </div>
        </div>
        {error && (
          <p id={errorId} className="text-sm font-medium text-red-800">
            {error.message}
          </p>
        )}
        <button type="button" className={button} disabled={room === 0} onClick={add}>
          Add random slots
        </button>
      </div>
    </details>
  );
}
