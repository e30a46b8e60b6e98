"use client";

import { useActionState, useId, useState } from "react";
import { documentDraftAction } from "@/app/(teach)/teach/courses/[course]/documents/import/actions";
import { idleState } from "@/app/lib/action-state";
import { suggestedTitle } from "@/lib/document-import/boundaries";

const button = "rounded px-4 py-2 font-medium";

/**
 * The document's paragraphs in order; a ticked paragraph opens a section, with its title beside it.
 * Unticking merges a section into the one before; ticking splits one. Keyboard: Tab through the
 * ticks and titles, Space to tick.
 */
export function SectionsForm({ courseSlug, draftId, title, paragraphs, starts }: { courseSlug: string; draftId: string; title: string; paragraphs: string[]; starts: Record<number, string> }) {
  const [state, action, pending] = useActionState(documentDraftAction, idleState);
  const [opened, setOpened] = useState<Record<number, string>>(starts);
  const id = useId();
  const errors = state.fieldErrors ?? {};
  const toggle = (index: number, on: boolean) =>
    setOpened((current) => {
      const next = { ...current };
      if (on) next[index] = current[index] ?? suggestedTitle(paragraphs[index]!);
      else delete next[index];
      return next;
    });
  const sectionCount = Object.keys(opened).length;
  let section = 0;
  return (
    <form action={action} className="space-y-6">
      <input type="hidden" name="course" value={courseSlug} />
      <input type="hidden" name="draftId" value={draftId} />
      <div>
        <label htmlFor={`${id}-title`} className="block font-medium">
          Unit title
        </label>
        <input
          id={`${id}-title`}
          name="title"
          defaultValue={state.values?.title ?? title}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-title-error` : undefined}
          className="mt-1 w-full rounded border border-slate-400 px-2 py-1 text-lg"
        />
        {errors.title && (
          <p id={`${id}-title-error`} className="text-sm font-medium text-red-700">
            {errors.title[0]}
          </p>
        )}
      </div>
      <p>
        {sectionCount} {sectionCount === 1 ? "section" : "sections"}, each becoming a lesson. Tick a paragraph to start a section there; untick to join it to the one before.
      </p>
      <ol className="space-y-3">
        {paragraphs.map((paragraph, index) => {
          const opens = index === 0 || opened[index] !== undefined;
          if (opens) section++;
          return (
            <li key={index} className={opens ? "mt-6 space-y-2 border-t-2 border-blue-700 pt-4" : "space-y-2"}>
              {opens && (
                <div>
                  <label htmlFor={`${id}-title-${index}`} className="block font-semibold text-blue-900">
                    Section {section} title
                  </label>
                  <input
                    id={`${id}-title-${index}`}
                    name={`title-${index}`}
                    defaultValue={state.values?.[`title-${index}`] ?? opened[index] ?? suggestedTitle(paragraph)}
                    aria-invalid={errors[`title-${index}`] ? true : undefined}
                    className="mt-1 w-full rounded border border-slate-400 px-2 py-1 font-semibold"
                  />
                  {errors[`title-${index}`] && <p className="text-sm font-medium text-red-700">{errors[`title-${index}`]![0]}</p>}
                </div>
              )}
              <div className="flex gap-3">
                {index > 0 ? (
                  <input
                    type="checkbox"
                    id={`${id}-start-${index}`}
                    name={`start-${index}`}
                    checked={opens}
                    onChange={(event) => toggle(index, event.target.checked)}
                    className="mt-1 size-5 shrink-0"
                  />
                ) : (
                  <span className="size-5 shrink-0" aria-hidden="true" />
                )}
                <div>
                  {index > 0 && (
                    <label htmlFor={`${id}-start-${index}`} className="block text-sm text-slate-700">
                      Paragraph {index + 1}: a section starts here
                    </label>
                  )}
                  <p className="whitespace-pre-line">{paragraph}</p>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white py-3">
        <button type="submit" name="intent" value="create" disabled={pending} className={`${button} bg-blue-700 text-white hover:bg-blue-800 disabled:opacity-70`}>
          Create the draft unit
        </button>
        <button type="submit" name="intent" value="update" disabled={pending} className={`${button} border border-blue-700 text-blue-800 hover:bg-blue-50`}>
          Save the sections
        </button>
        <button type="submit" name="intent" value="discard" disabled={pending} className={`${button} border border-slate-500 hover:bg-slate-100`}>
          Discard
        </button>
        <div role="status" aria-live="polite">
          {state.message && <p className={state.status === "error" ? "font-medium text-red-700" : "font-medium text-green-800"}>{state.message}</p>}
        </div>
      </div>
    </form>
  );
}
