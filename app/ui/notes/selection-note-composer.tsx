"use client";

import { useActionState, useEffect, useId, useState } from "react";
import { createPortal } from "react-dom";
import { createNoteAction } from "../../(learn)/notes/actions";
import { idleState } from "../../lib/action-state";
import { FormMessage, SubmitButton } from "../form-status";
import { NoteTextarea } from "./note-textarea";
import { paragraphOf, paragraphText, textOffset } from "./paragraph-dom";

interface Draft {
  paragraph: number;
  start: number;
  end: number;
  quote: string;
  top: number;
  left: number;
}

const panelWidth = 320;

/** The passage selected in one paragraph of the lesson body (clipped to that paragraph), if any. */
function readSelection(): Draft | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const paragraph = paragraphOf(range.startContainer);
  if (!paragraph) return null;
  const text = paragraphText(paragraph);
  let start = textOffset(paragraph, range.startContainer, range.startOffset);
  let end = paragraph.contains(range.endContainer) ? textOffset(paragraph, range.endContainer, range.endOffset) : text.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  const box = range.getBoundingClientRect();
  const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - Math.min(panelWidth, window.innerWidth - 16) - 8));
  return { paragraph: Number(paragraph.dataset.paragraph), start, end, quote: text.slice(start, end), top: box.bottom + window.scrollY + 8, left: left + window.scrollX };
}

/**
 * Select text in the lesson with the mouse (or touch, or Shift+arrows), and a button offers to
 * highlight it and add a note. The same can be done from the keyboard with the "Add a note" form.
 */
export function SelectionNoteComposer({ lessonId }: { lessonId: string }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [writing, setWriting] = useState(false);
  const [state, action] = useActionState(createNoteAction, idleState);
  const [seen, setSeen] = useState(state);
  // What the action said before this panel opened belongs to an earlier passage.
  const [openedWith, setOpenedWith] = useState(state);
  const current = state !== openedWith ? state : idleState;
  const titleId = useId();

  if (state !== seen) {
    setSeen(state);
    if (state.status === "success") {
      setWriting(false);
      setDraft(null);
    }
  }

  useEffect(() => {
    if (writing) return;
    const onSelectionEnd = () => setDraft(readSelection());
    const onKey = (event: KeyboardEvent) => (event.key === "Escape" ? setDraft(null) : onSelectionEnd());
    document.addEventListener("mouseup", onSelectionEnd);
    document.addEventListener("touchend", onSelectionEnd);
    document.addEventListener("keyup", onKey);
    return () => {
      document.removeEventListener("mouseup", onSelectionEnd);
      document.removeEventListener("touchend", onSelectionEnd);
      document.removeEventListener("keyup", onKey);
    };
  }, [writing]);

  // Announces the saved note after the panel has gone.
  const announcement = (
    <p role="status" className="sr-only">
      {state.status === "success" && !draft ? state.message : ""}
    </p>
  );
  if (!draft) return announcement;
  const close = () => {
    setWriting(false);
    setDraft(null);
  };
  const panel = createPortal(
    <div className="no-print absolute z-30" style={{ top: draft.top, left: draft.left, width: writing ? `min(${panelWidth}px, calc(100vw - 16px))` : undefined }}>
      {!writing ? (
        <button
          type="button"
          // Keeps the selection (and so the passage) while the button is pressed.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            setOpenedWith(state);
            setWriting(true);
          }}
          className="rounded bg-blue-700 px-3 py-2 text-sm font-medium text-white shadow-lg hover:bg-blue-800"
        >
          Highlight and add note
        </button>
      ) : (
        <form
          action={action}
          aria-labelledby={titleId}
          onSubmit={() => window.getSelection()?.removeAllRanges()}
          onKeyDown={(event) => event.key === "Escape" && close()}
          className="space-y-3 rounded-lg border border-slate-300 bg-white p-4 text-slate-900 shadow-lg"
        >
          <p id={titleId} className="font-semibold">
            New note on paragraph {draft.paragraph}
          </p>
          <blockquote className="line-clamp-3 border-l-4 border-blue-300 pl-3 text-sm italic text-slate-700">{draft.quote}</blockquote>
          <input type="hidden" name="lessonId" value={lessonId} />
          <input type="hidden" name="paragraph" value={draft.paragraph} />
          <input type="hidden" name="start" value={draft.start} />
          <input type="hidden" name="end" value={draft.end} />
          <input type="hidden" name="quote" value={draft.quote} />
          <NoteTextarea label="Note" hint="Optional: a highlight alone is kept too." defaultValue={current.values?.body} errors={current.fieldErrors?.body ?? current.fieldErrors?.quote} autoFocus />
          <FormMessage state={current.status === "error" ? current : idleState} />
          <div className="flex flex-wrap gap-2">
            <SubmitButton label="Save note" pendingLabel="Saving…" />
            <button type="button" onClick={close} className="rounded border border-slate-400 px-4 py-2 text-slate-900 hover:bg-slate-100">
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>,
    document.body,
  );
  return (
    <>
      {announcement}
      {panel}
    </>
  );
}
