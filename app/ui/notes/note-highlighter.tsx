"use client";

import { useEffect } from "react";
import type { Anchor } from "@/lib/notes/anchor";
import { locateQuote } from "@/lib/notes/anchor";
import { clearMarks, lessonParagraph, markRange, paragraphText } from "./paragraph-dom";

export const highlightClass = "rounded-sm bg-blue-100 text-slate-900 underline decoration-blue-700 decoration-2 underline-offset-4";

/**
 * Shows the learner's highlights as <mark> over the lesson text once it has loaded. A highlight
 * whose text is no longer in its paragraph is simply not marked; its note is still listed.
 */
export function NoteHighlighter({ anchors }: { anchors: Anchor[] }) {
  const key = JSON.stringify(anchors);
  useEffect(() => {
    const body = document.getElementById("lesson-body");
    if (!body) return;
    for (const anchor of JSON.parse(key) as Anchor[]) {
      try {
        const paragraph = lessonParagraph(anchor.paragraph);
        const range = paragraph && locateQuote(paragraphText(paragraph), anchor);
        if (paragraph && range) markRange(paragraph, range.start, range.end, highlightClass);
      } catch (error) {
        // A highlight that cannot be drawn must never break the lesson.
        console.warn("Could not show a highlight", error);
      }
    }
    return () => clearMarks(body);
  }, [key]);
  return null;
}
