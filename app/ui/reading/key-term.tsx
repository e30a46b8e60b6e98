"use client";

import { useId, useState, type ReactNode } from "react";

/**
 * A key term in running text: its definition shows on hover, on keyboard focus and on tap, and
 * Escape hides it again (WCAG 1.4.13: dismissible, hoverable, persistent).
 */
export function KeyTerm({ definition, children }: { definition: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const tipId = useId();
  const shown = open && !dismissed;
  return (
    <span
      className="relative inline"
      onMouseEnter={() => {
        setDismissed(false);
        setOpen(true);
      }}
      onMouseLeave={() => setOpen(false)}
    >
      <button
        type="button"
        className="key-term inline cursor-help border-b-2 border-dotted border-blue-700 font-[inherit] text-inherit"
        aria-describedby={tipId}
        aria-expanded={shown}
        onFocus={() => {
          setDismissed(false);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onClick={() => {
          setDismissed(false);
          setOpen((value) => !value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") setDismissed(true);
        }}
      >
        {children}
      </button>
      <span
        role="tooltip"
        id={tipId}
        className={`${shown ? "block" : "hidden"} absolute left-0 top-full z-20 mt-1 w-72 rounded-md border border-slate-300 bg-white p-3 font-sans text-sm leading-snug text-slate-800 shadow-lg`}
      >
        {definition}
      </span>
    </span>
  );
}
