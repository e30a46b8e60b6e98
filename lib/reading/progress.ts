export const progressStatuses = ["not_started", "in_progress", "completed"] as const;
export const completionSources = ["evidence", "practice", "manual"] as const;
export type ProgressStatus = (typeof progressStatuses)[number];
export type CompletionSource = (typeof completionSources)[number];

/**
 * Reading progress counts only what the evidence supports. A lesson is completed by reaching its
 * end after a plausible minimum time on it, by passing its practice check, or by the learner
 * marking it complete (recorded as such).
 */

/** Faster than anyone reads for understanding; 400 words a minute by default. */
export function minimumReadingSeconds(words: number, maxWordsPerMinute: number): number {
  return Math.max(5, Math.ceil((words / maxWordsPerMinute) * 60));
}

export interface ProgressState {
  status: ProgressStatus;
  completionSource: CompletionSource | null;
  lastParagraph: number;
  visibleSeconds: number;
  reachedEnd: boolean;
  updatedAt: Date | null;
}

export interface ProgressReport {
  paragraph: number;
  visibleSeconds: number;
  reachedEnd: boolean;
}

/** A report claims seconds; no more can be credited than the time since the previous report. */
const creditSlackSeconds = 15;
const firstReportCapSeconds = 60;

export function creditableSeconds(claimed: number, previousUpdate: Date | null, now: Date): number {
  const ceiling = previousUpdate
    ? Math.max(0, (now.getTime() - previousUpdate.getTime()) / 1000) + creditSlackSeconds
    : firstReportCapSeconds;
  return Math.max(0, Math.min(Math.floor(claimed), Math.floor(ceiling)));
}

export const notStarted: ProgressState = {
  status: "not_started",
  completionSource: null,
  lastParagraph: 0,
  visibleSeconds: 0,
  reachedEnd: false,
  updatedAt: null,
};

export function applyReport(
  current: ProgressState,
  report: ProgressReport,
  { minimumSeconds, now }: { minimumSeconds: number; now: Date },
): ProgressState {
  const visibleSeconds = current.visibleSeconds + creditableSeconds(report.visibleSeconds, current.updatedAt, now);
  const reachedEnd = current.reachedEnd || report.reachedEnd;
  const next: ProgressState = {
    ...current,
    lastParagraph: report.paragraph > 0 ? report.paragraph : current.lastParagraph,
    visibleSeconds,
    reachedEnd,
    updatedAt: now,
  };
  if (current.status === "completed") return next;
  if (reachedEnd && visibleSeconds >= minimumSeconds) {
    return { ...next, status: "completed", completionSource: "evidence" };
  }
  return { ...next, status: "in_progress" };
}

export function markComplete(current: ProgressState, source: Exclude<CompletionSource, "evidence">, now: Date): ProgressState {
  if (current.status === "completed") return current;
  return { ...current, status: "completed", completionSource: source, updatedAt: now };
}
