"use client";

import { useActionState, useId, useState, useSyncExternalStore, type FormEvent } from "react";
import { locateQuote } from "@/lib/notes/anchor";
import { noteLimits } from "@/lib/notes/note-limits";
import { createNoteAction } from "../../(learn)/notes/actions";
import { idleState } from "../../lib/action-state";
import { FormMessage } from "../form-status";
import { NoteTextarea } from "./note-textarea";
import { lessonParagraph, listParagraphs, paragraphText, type ParagraphOption } from "./paragraph-dom";

// The paragraphs are read from the rendered lesson, and read again only when its text changes.
let paragraphCache: { text: string; options: ParagraphOption[] } | null = null;
const noParagraphs: ParagraphOption[] = [];
const subscribe = () => () => {};
function paragraphsSnapshot(): ParagraphOption[] {
  const text = document.getElementById("lesson-body")?.textContent;
  if (!text) return noParagraphs;
  if (paragraphCache?.text !== text) paragraphCache = { text, options: listParagraphs() };
  return paragraphCache.options;
}

/**
 * Writing a note without a mouse: choose the paragraph, optionally copy a passage of it to
 * highlight, and write the note. Works with Tab, the arrow keys and Enter alone.
 */
export function AddNoteForm({ lessonId }: { lessonId: string }) {
  const paragraphs = useSyncExternalStore(subscribe, paragraphsSnapshot, () => noParagraphs);
  const [state, action, pending] = useActionState(createNoteAction, idleState);
  const [quoteError, setQuoteError] = useState<string | null>(null);
  const id = useId();

  function placeQuote(event: FormEvent<HTMLFormElement>) {
    setQuoteError(null);
    const form = event.currentTarget;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    const quote = field("quote").value.trim();
    field("start").value = "";
    field("end").value = "";
    if (!quote) return;
    const paragraph = lessonParagraph(Number(field("paragraph").value));
    const text = paragraph ? paragraphText(paragraph) : "";
    const range = locateQuote(text, { start: 0, end: 0, quote });
    if (!range) {
      event.preventDefault();
      setQuoteError("That passage is not in the chosen paragraph. Copy it exactly, or leave the quote empty.");
      return;
    }
    field("quote").value = text.slice(range.start, range.end);
    field("start").value = String(range.start);
    field("end").value = String(range.end);
  }

  const quoteErrors = quoteError ? [quoteError] : state.fieldErrors?.quote;
  return (
    <form action={action} onSubmit={placeQuote} aria-labelledby={`${id}-title`} noValidate className="space-y-4 border-t border-slate-200 pt-4">
      <h3 id={`${id}-title`} className="font-semibold">
        Add a note
      </h3>
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="start" defaultValue="" />
      <input type="hidden" name="end" defaultValue="" />
      <div className="space-y-1">
        <label htmlFor={`${id}-paragraph`} className="block font-medium text-slate-800">
          Paragraph
        </label>
        <select
          id={`${id}-paragraph`}
          name="paragraph"
          key={`${paragraphs.length}-${state.values?.paragraph ?? ""}`}
          defaultValue={state.values?.paragraph ?? "1"}
          aria-invalid={state.fieldErrors?.paragraph ? true : undefined}
          aria-describedby={state.fieldErrors?.paragraph ? `${id}-paragraph-error` : undefined}
          className="block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900"
        >
          {paragraphs.map((option) => (
            <option key={option.paragraph} value={option.paragraph}>
              {option.label}
            </option>
          ))}
        </select>
        {state.fieldErrors?.paragraph && (
          <p id={`${id}-paragraph-error`} className="text-sm text-red-700">
            {state.fieldErrors.paragraph.join(" ")}
          </p>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-quote`} className="block font-medium text-slate-800">
          Quote (optional)
        </label>
        <p id={`${id}-quote-hint`} className="text-sm text-slate-600">
          Copy a passage of the paragraph to highlight it, or leave this empty to note the whole paragraph.
        </p>
        <input
          id={`${id}-quote`}
          name="quote"
          defaultValue={state.values?.quote}
          maxLength={noteLimits.quote}
          aria-invalid={quoteErrors?.length ? true : undefined}
          aria-describedby={[`${id}-quote-hint`, quoteErrors?.length ? `${id}-quote-error` : null].filter(Boolean).join(" ")}
          className="block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-700"
        />
        {quoteErrors?.length ? (
          <p id={`${id}-quote-error`} className="text-sm text-red-700">
            {quoteErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <NoteTextarea label="Note" defaultValue={state.values?.body} errors={state.fieldErrors?.body} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-70">
        Add note
      </button>
    </form>
  );
}
