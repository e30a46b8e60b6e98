"use client";

import type { MouseEvent } from "react";

export interface NavigatorItem {
  number: number;
  answered: boolean;
  flagged: boolean;
}

export const questionAnchor = (number: number) => `question-${number}`;

/** Scrolls the question under any sticky bar and moves focus there, so Tab continues inside it. */
export function goToQuestion(number: number) {
  const section = document.getElementById(questionAnchor(number));
  if (!section) return;
  section.scrollIntoView({ block: "start" });
  section.focus({ preventScroll: true });
}

/** A link per question with its state in words, for getting around a long attempt. */
export function QuestionNavigator({ items }: { items: readonly NavigatorItem[] }) {
  const answered = items.filter((item) => item.answered).length;
  const flagged = items.filter((item) => item.flagged).length;
  const onClick = (event: MouseEvent<HTMLAnchorElement>, number: number) => {
    // Modified clicks (new tab …) keep their usual meaning.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    goToQuestion(number);
  };
  return (
    <nav aria-label="Questions" className="rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-sm text-slate-700">
        {answered} of {items.length} answered{flagged > 0 ? `, ${flagged} flagged` : ""}
      </p>
      <ol className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-1">
        {items.map((item) => (
          <li key={item.number}>
            <a
              href={`#${questionAnchor(item.number)}`}
              onClick={(event) => onClick(event, item.number)}
              className={`block rounded border px-3 py-1.5 text-sm hover:border-blue-700 ${item.answered ? "border-slate-400 bg-slate-100" : "border-dashed border-slate-400 bg-white"}`}
            >
              {/* Real commas and a line break rather than separate blocks, so the link reads as one phrase. */}
              <span className="font-medium text-blue-800">Question {item.number}</span>,<br />
              <span className="text-slate-700">{item.answered ? "answered" : "not answered"}</span>
              {item.flagged && <span className="font-medium text-slate-900">, flagged</span>}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
