import type { ReactNode } from "react";

/** A titled region of a lesson page (objectives, key terms, discussion). */
export function LessonPanel({ id, title, tone = "plain", children }: { id: string; title: string; tone?: "plain" | "accent"; children: ReactNode }) {
  const look = tone === "accent" ? "border-blue-200 bg-blue-50" : "border-slate-200 bg-white";
  return (
    <section aria-labelledby={id} className={`rounded-lg border p-5 ${look}`}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
