import { z } from "zod";
import type { QuestionType } from "@/lib/questions";
import { maxSeq, type SaveItem, type SaveOutcome } from "./api";

/**
 * The browser's side of autosave, as pure functions over plain data: which answer the page should
 * show, which saves still need sending, and what the server's answers acknowledge. The attempt
 * player keeps a `QueueState` in memory and mirrors its pending saves into localStorage
 * (`StoredQueue`) so that nothing a learner typed is lost to a closed tab or a dropped connection.
 *
 * Each question has its own sequence number: the server keeps the save with the highest number it
 * has seen (see `save-order.ts`), so numbers must only grow, across reloads and tabs too.
 */

export type Answer = Record<string, unknown>;

export interface LocalSave {
  answer: Answer | null;
  flagged: boolean;
  seq: number;
}

/** What the page was rendered with, per question. */
export interface ServerSave extends LocalSave {
  attemptQuestionId: string;
}

export interface QueueState {
  /** The highest sequence number known to be used, per question. */
  lastSeq: Record<string, number>;
  /** The latest save per question that the server has not acknowledged yet. */
  pending: Record<string, LocalSave>;
  /** The server refused the pending save with this number ("invalid"): resending it cannot help. */
  rejected: Record<string, { seq: number; message: string }>;
}

/** What localStorage holds for one attempt: the latest unacknowledged save per question. */
export type StoredQueue = Record<string, LocalSave>;

export const storageKey = (attemptId: string) => `rampart:attempt:${attemptId}`;

const storedSaveSchema = z.object({
  answer: z.record(z.string(), z.unknown()).nullable(),
  flagged: z.boolean(),
  seq: z.number().int().positive().max(maxSeq),
});

/**
 * Reads what an earlier visit left behind. Storage is shared with other code and other versions of
 * this page, so anything unreadable is skipped entry by entry rather than trusted or thrown on.
 */
export function parseStoredQueue(raw: string | null): StoredQueue {
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return {};
  const queue: StoredQueue = {};
  for (const [id, entry] of Object.entries(data)) {
    const parsed = storedSaveSchema.safeParse(entry);
    if (parsed.success) queue[id] = parsed.data;
  }
  return queue;
}

export function serializeStoredQueue(queue: StoredQueue): string | null {
  return Object.keys(queue).length === 0 ? null : JSON.stringify(queue);
}

/**
 * Combines the server's copy with what this device still holds. A stored save numbered above the
 * server's was made here and never acknowledged (the tab closed, the network dropped): it is the
 * learner's latest answer, so it is shown and queued again. Anything else in storage is already on
 * the server (or belongs to no question of this attempt) and is dropped.
 */
export function restoreQueue(server: readonly ServerSave[], stored: StoredQueue): { state: QueueState; current: Record<string, { answer: Answer | null; flagged: boolean }>; stored: StoredQueue } {
  const state: QueueState = { lastSeq: {}, pending: {}, rejected: {} };
  const current: Record<string, { answer: Answer | null; flagged: boolean }> = {};
  const kept: StoredQueue = {};
  for (const saved of server) {
    const id = saved.attemptQuestionId;
    const local = stored[id];
    if (local && local.seq > saved.seq) {
      state.pending[id] = local;
      state.lastSeq[id] = local.seq;
      current[id] = { answer: local.answer, flagged: local.flagged };
      kept[id] = local;
    } else {
      state.lastSeq[id] = saved.seq;
      current[id] = { answer: saved.answer, flagged: saved.flagged };
    }
  }
  return { state, current, stored: kept };
}

/** One past the highest number used for the question here or, per `storedSeq`, in another tab. */
export function nextSeq(state: QueueState, attemptQuestionId: string, storedSeq = 0): number {
  return Math.min(maxSeq, Math.max(state.lastSeq[attemptQuestionId] ?? 0, storedSeq) + 1);
}

/**
 * A change made on this page becomes the question's pending save under the next number. A refusal
 * of an earlier save stays until the server judges this one, so its message does not vanish while
 * the learner is still correcting the answer.
 */
export function recordChange(
  state: QueueState,
  attemptQuestionId: string,
  change: { answer: Answer | null; flagged: boolean },
  storedSeq = 0,
): { state: QueueState; save: LocalSave } {
  const save: LocalSave = { answer: change.answer, flagged: change.flagged, seq: nextSeq(state, attemptQuestionId, storedSeq) };
  return {
    save,
    state: {
      ...state,
      lastSeq: { ...state.lastSeq, [attemptQuestionId]: save.seq },
      pending: { ...state.pending, [attemptQuestionId]: save },
    },
  };
}

/**
 * Saves another tab on the same attempt has just stored. Numbered above anything this page knows,
 * they are the learner's latest answers: this page shows them and keeps them queued too (should
 * that tab close before the server confirms them), and its own next change numbers above them.
 */
export function adoptStored(state: QueueState, stored: StoredQueue): { state: QueueState; adopted: Record<string, LocalSave> } {
  const adopted: Record<string, LocalSave> = {};
  for (const [id, save] of Object.entries(stored)) {
    const last = state.lastSeq[id];
    if (last !== undefined && save.seq > last) adopted[id] = save;
  }
  if (Object.keys(adopted).length === 0) return { state, adopted };
  const lastSeq = { ...state.lastSeq };
  for (const [id, save] of Object.entries(adopted)) lastSeq[id] = save.seq;
  return { state: { ...state, lastSeq, pending: { ...state.pending, ...adopted } }, adopted };
}

/** The saves to send now: every pending one except those the server has refused as they stand. */
export function pendingSaves(state: QueueState): SaveItem[] {
  return Object.entries(state.pending)
    .filter(([id, save]) => state.rejected[id]?.seq !== save.seq)
    .map(([id, save]) => ({ attemptQuestionId: id, seq: save.seq, answer: save.answer, flagged: save.flagged }));
}

export function hasUnsent(state: QueueState): boolean {
  return pendingSaves(state).length > 0;
}

/**
 * Applies the server's verdicts. "saved" and "stale" both mean the server holds this number or a
 * higher one, so every pending save up to it is done. An "invalid" verdict matters only while the
 * refused save is still the latest: a newer change will get its own verdict.
 */
export function acknowledge(state: QueueState, outcomes: readonly SaveOutcome[]): QueueState {
  const lastSeq = { ...state.lastSeq };
  const pending = { ...state.pending };
  const rejected = { ...state.rejected };
  for (const outcome of outcomes) {
    const id = outcome.attemptQuestionId;
    lastSeq[id] = Math.max(lastSeq[id] ?? 0, outcome.seq);
    if (outcome.status === "invalid") {
      if (pending[id]?.seq === outcome.seq) rejected[id] = { seq: outcome.seq, message: outcome.message ?? "This answer could not be saved." };
      continue;
    }
    if (pending[id] && pending[id].seq <= outcome.seq) delete pending[id];
    if (rejected[id] && rejected[id].seq <= outcome.seq) delete rejected[id];
  }
  return { lastSeq, pending, rejected };
}

/**
 * Storage holds the latest save per question from every tab on this attempt, so writes merge: the
 * higher number wins, and an acknowledgement removes only what it covers.
 */
export function storePut(stored: StoredQueue, attemptQuestionId: string, save: LocalSave): StoredQueue {
  const existing = stored[attemptQuestionId];
  if (existing && existing.seq >= save.seq) return stored;
  return { ...stored, [attemptQuestionId]: save };
}

export function storeAcknowledge(stored: StoredQueue, outcomes: readonly SaveOutcome[]): StoredQueue {
  const next = { ...stored };
  for (const outcome of outcomes) {
    const existing = next[outcome.attemptQuestionId];
    if (outcome.status !== "invalid" && existing && existing.seq <= outcome.seq) delete next[outcome.attemptQuestionId];
  }
  return next;
}

/** Waits after consecutive failures: 1 s, 2 s, 4 s … up to 15 s. */
export function retryDelayMs(failures: number, capMs = 15_000): number {
  if (failures <= 0) return 0;
  return Math.min(capMs, 1000 * 2 ** Math.min(failures - 1, 30));
}

/**
 * Splits saves into requests the server accepts (at most 200) and, for `fetch(…, { keepalive })`,
 * under the browser's 64 KiB budget for bodies sent as a page closes. A save too big for the budget
 * on its own still gets a request of its own.
 */
export function batchSaves(saves: readonly SaveItem[], { maxCount = 200, maxBytes = Infinity }: { maxCount?: number; maxBytes?: number } = {}): SaveItem[][] {
  const envelope = '{"saves":[]}'.length;
  const batches: SaveItem[][] = [];
  let batch: SaveItem[] = [];
  let bytes = envelope;
  for (const save of saves) {
    const size = new TextEncoder().encode(JSON.stringify(save)).length + 1;
    if (batch.length > 0 && (batch.length >= maxCount || bytes + size > maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = envelope;
    }
    batch.push(save);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * The answer a control's value stands for: null when nothing is chosen or written, so the server
 * stores "unanswered" rather than an empty response that would still count as an attempt.
 */
export function normalizeAnswer(type: QuestionType, value: Answer | null): Answer | null {
  if (value === null) return null;
  switch (type) {
    case "single_choice":
      return typeof value.choice === "string" && value.choice !== "" ? { choice: value.choice } : null;
    case "multiple_response": {
      const choices = Array.isArray(value.choices) ? value.choices.filter((choice): choice is string => typeof choice === "string" && choice !== "") : [];
      return choices.length > 0 ? { choices: [...new Set(choices)] } : null;
    }
    case "true_false":
      return typeof value.value === "boolean" ? { value: value.value } : null;
    case "short_answer":
    case "numerical":
    case "essay":
      return typeof value.text === "string" && value.text.trim() !== "" ? { text: value.text } : null;
    case "matching": {
      const pairs = typeof value.pairs === "object" && value.pairs !== null ? Object.entries(value.pairs).filter((pair): pair is [string, string] => typeof pair[1] === "string" && pair[1] !== "") : [];
      return pairs.length > 0 ? { pairs: Object.fromEntries(pairs) } : null;
    }
    case "ordering":
      return Array.isArray(value.order) && value.order.length > 0 ? { order: value.order } : null;
  }
}

export function isAnswered(type: QuestionType, answer: Answer | null): boolean {
  return normalizeAnswer(type, answer) !== null;
}
