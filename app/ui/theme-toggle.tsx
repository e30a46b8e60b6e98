"use client";

import { useState } from "react";

export type ThemeChoice = "system" | "light" | "dark";
const next: Record<ThemeChoice, ThemeChoice> = { system: "dark", dark: "light", light: "system" };
const label: Record<ThemeChoice, string> = { system: "Theme: system", dark: "Theme: dark", light: "Theme: light" };

/** Cycles system → dark → light; the choice is a cookie so the server renders it without a flash. */
export function ThemeToggle({ initial }: { initial: ThemeChoice }) {
  const [choice, setChoice] = useState(initial);
  return (
    <button
      type="button"
      className="rounded border border-slate-300 px-3 py-1 text-sm text-slate-800 hover:bg-slate-100"
      aria-label={`${label[choice]}. Change theme`}
      onClick={() => {
        const chosen = next[choice];
        setChoice(chosen);
        document.cookie = `theme=${chosen}; path=/; max-age=31536000; samesite=lax`;
        document.documentElement.classList.remove("light", "dark");
        if (chosen !== "system") document.documentElement.classList.add(chosen);
      }}
    >
      {label[choice]}
    </button>
  );
}
