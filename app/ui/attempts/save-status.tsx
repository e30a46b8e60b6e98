import { hasUnsent } from "@/lib/attempts/save-queue";
import type { SaverSnapshot } from "./attempt-saver";

export const savedText = "Saved";
export const savingText = "Saving…";
export const offlineText = "Offline — answers kept on this device and sent when back";

type Tone = "ok" | "busy" | "warning" | "error";

/** Listing question numbers in words: "question 3", "questions 2 and 5", "questions 1, 4 and 6". */
export function questionList(numbers: readonly number[]): string {
  if (numbers.length === 1) return `question ${numbers[0]}`;
  return `questions ${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
}

/** One message at a time, the most pressing first. */
export function saveStatus(snapshot: SaverSnapshot, numberOf: (attemptQuestionId: string) => number): { tone: Tone; text: string } {
  const { queue } = snapshot;
  if (snapshot.over !== null) return { tone: "error", text: snapshot.over };
  if (snapshot.browserOffline || snapshot.failing) return { tone: "warning", text: offlineText };
  if (snapshot.refused !== null) return { tone: "error", text: `Answers not saved: ${snapshot.refused} They are kept on this device.` };
  const rejected = Object.entries(queue.rejected)
    .filter(([id, refusal]) => queue.pending[id]?.seq === refusal.seq)
    .map(([id]) => numberOf(id))
    .sort((a, b) => a - b);
  if (rejected.length > 0) {
    const plural = rejected.length > 1;
    return { tone: "error", text: `Not saved: ${questionList(rejected)} — see the message${plural ? "s" : ""} there.` };
  }
  if (hasUnsent(queue)) return { tone: "busy", text: savingText };
  return { tone: "ok", text: savedText };
}

const toneClass: Record<Tone, string> = {
  ok: "text-slate-700",
  busy: "text-slate-700",
  warning: "font-medium text-slate-900",
  error: "font-medium text-red-700",
};

const toneMark: Record<Tone, string> = { ok: "✓", busy: "…", warning: "!", error: "!" };

export function SaveStatus({ tone, text }: { tone: Tone; text: string }) {
  // The mark sits outside the live region, so the region's text is exactly the message.
  return (
    <div className={`flex items-center gap-2 text-sm ${toneClass[tone]}`}>
      <span aria-hidden="true" className={`inline-flex size-5 shrink-0 items-center justify-center rounded-full border text-xs ${tone === "error" ? "border-red-700" : "border-slate-400"}`}>
        {toneMark[tone]}
      </span>
      <p role="status" aria-live="polite" aria-atomic="true">
        {text}
      </p>
    </div>
  );
}
