import type { AttemptState } from "./attempt-state";
import { isPastDeadline } from "./deadline";

/**
 * Whether an autosave may overwrite the stored answer. Saves travel over an unreliable network and
 * can arrive out of order or late, so each carries the client's sequence number for that question.
 */

export type SaveRefusal = "stale" | "past_deadline" | "finished";
export type SaveDecision = { accept: true } | { accept: false; reason: SaveRefusal; message: string };

export const saveMessages: Record<SaveRefusal, string> = {
  finished: "This attempt has already been submitted, so its answers can no longer be changed.",
  past_deadline: "Time is up: this answer arrived after the deadline and was not saved.",
  stale: "A newer answer to this question had already been saved, so this older one was ignored.",
};

export function acceptSave({
  storedSeq,
  incomingSeq,
  deadline,
  now,
  state,
  graceMs = 0,
}: {
  storedSeq: number;
  incomingSeq: number;
  deadline: Date | null;
  now: Date;
  state: AttemptState;
  /** Allowance for network delay on the last save; see `isPastDeadline`. */
  graceMs?: number;
}): SaveDecision {
  // Most final first: a submitted attempt refuses everything, however fresh the save.
  if (state !== "in_progress") return refuse("finished");
  if (isPastDeadline(deadline, now, graceMs)) return refuse("past_deadline");
  // Equal counts as stale: a retried request must not apply twice.
  if (incomingSeq <= storedSeq) return refuse("stale");
  return { accept: true };
}

function refuse(reason: SaveRefusal): SaveDecision {
  return { accept: false, reason, message: saveMessages[reason] };
}
