import type { SaveItem, SaveResponse } from "@/lib/attempts/api";
import {
  acknowledge,
  adoptStored,
  batchSaves,
  hasUnsent,
  normalizeAnswer,
  parseStoredQueue,
  pendingSaves,
  recordChange,
  restoreQueue,
  retryDelayMs,
  storageKey,
  storeAcknowledge,
  storePut,
  type Answer,
  type QueueState,
} from "@/lib/attempts/save-queue";
import type { QuestionType } from "@/lib/questions";
import { postSaves, serverOffset, type CallResult } from "./attempt-client";
import { KeyedDebounce } from "./keyed-debounce";
import { watchPage } from "./page-lifecycle";
import { readStored, removeStored, writeStored } from "./queue-storage";

/**
 * Autosave for one attempt, outside React so that timers, requests and page-lifecycle events share
 * one source of truth that event handlers can read synchronously. The pure rules live in
 * `lib/attempts/save-queue.ts`; this class wires them to localStorage, fetch and the browser.
 */

export interface SaverQuestion {
  attemptQuestionId: string;
  type: QuestionType;
  saved: { answer: Answer | null; seq: number; flagged: boolean };
}

export interface Shown {
  /** The controls' value, as the learner left it (an empty text is `{ text: "" }`, not null). */
  value: Answer;
  flagged: boolean;
}

export interface SaverSnapshot {
  shown: Record<string, Shown>;
  queue: QueueState;
  /** The browser says there is no network. */
  browserOffline: boolean;
  /** The last request got no usable answer (network error, 5xx). */
  failing: boolean;
  /** The last request was refused outright (signed out, no access …): the server's words. */
  refused: string | null;
  /** The attempt is over (409): the server's words; the page is on its way to the review. */
  over: string | null;
}

export type FlushResult = { kind: "done" } | { kind: "offline" } | { kind: "refused"; message: string } | { kind: "over" };

export interface ServerTime {
  offsetMs: number;
  deadlineAt: string | null;
}

/** Typing waits for a pause; a click is a finished thought. */
const typingDelayMs = 600;
const clickDelayMs = 200;
/** Someone typing without pause still gets a save this often. */
const maxWaitMs = 3_000;
/** Browsers allow 64 KiB in flight for requests that outlive the page. */
const keepaliveBytes = 60_000;
const typed = new Set<QuestionType>(["short_answer", "numerical", "essay"]);

export class AttemptSaver {
  private snapshot: SaverSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly types = new Map<string, QuestionType>();
  private readonly debounce = new KeyedDebounce(() => void this.sendOnce(), maxWaitMs);
  private flight: Promise<FlushResult> | null = null;
  private retryTimer: number | undefined;
  private failures = 0;
  private restored = false;
  private finished = false;

  constructor(
    private readonly options: {
      attemptId: string;
      reviewUrl: string;
      questions: readonly SaverQuestion[];
      onServerTime?: (time: ServerTime) => void;
    },
  ) {
    const shown: Record<string, Shown> = {};
    for (const question of options.questions) {
      this.types.set(question.attemptQuestionId, question.type);
      shown[question.attemptQuestionId] = { value: question.saved.answer ?? {}, flagged: question.saved.flagged };
    }
    const { state } = restoreQueue(this.serverSaves(), {});
    this.snapshot = { shown, queue: state, browserOffline: false, failing: false, refused: null, over: null };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  /** Call once mounted; returns the clean-up. Safe to call again after clean-up (Strict Mode). */
  start = (): (() => void) => {
    if (!this.restored) {
      this.restored = true;
      this.restore();
    }
    this.update({ browserOffline: !navigator.onLine });
    const stopWatching = watchPage({
      onOnline: () => {
        this.update({ browserOffline: false });
        this.failures = 0;
        window.clearTimeout(this.retryTimer);
        void this.sendOnce();
      },
      onOffline: () => this.update({ browserOffline: true }),
      onLeave: () => this.sendBeforeLeaving(),
      onStorage: (event) => {
        if (event.key === storageKey(this.options.attemptId)) this.adopt(event.newValue);
      },
    });
    if (hasUnsent(this.snapshot.queue)) void this.sendOnce();
    return () => {
      stopWatching();
      this.debounce.cancel();
      window.clearTimeout(this.retryTimer);
      // Leaving through an in-app link unmounts without a pagehide.
      this.sendBeforeLeaving();
    };
  };

  change = (attemptQuestionId: string, value: Answer) => {
    const type = this.types.get(attemptQuestionId);
    const shown = this.snapshot.shown[attemptQuestionId];
    if (!type || !shown) return;
    this.record(attemptQuestionId, { value, flagged: shown.flagged }, typed.has(type) ? typingDelayMs : clickDelayMs);
  };

  toggleFlag = (attemptQuestionId: string) => {
    const shown = this.snapshot.shown[attemptQuestionId];
    if (!shown) return;
    this.record(attemptQuestionId, { value: shown.value, flagged: !shown.flagged }, clickDelayMs);
  };

  /** Sends everything unsent now and waits for the server's word on all of it. */
  flush = async (): Promise<FlushResult> => {
    this.debounce.cancel();
    // A change made while a request is out goes in the next one; a server that never acknowledges
    // a save must not keep this loop going.
    for (let round = 0; round < 5; round++) {
      const result = await this.sendOnce();
      if (result.kind !== "done" || !hasUnsent(this.snapshot.queue)) return result;
    }
    return { kind: "refused", message: "The server did not confirm every answer." };
  };

  /** After submitting: nothing is left to send, and what this device kept is no longer needed. */
  finish = () => {
    this.finished = true;
    this.debounce.cancel();
    window.clearTimeout(this.retryTimer);
    removeStored(this.options.attemptId);
  };

  private serverSaves() {
    return this.options.questions.map((question) => ({ attemptQuestionId: question.attemptQuestionId, ...question.saved }));
  }

  private restore() {
    const restored = restoreQueue(this.serverSaves(), readStored(this.options.attemptId));
    writeStored(this.options.attemptId, restored.stored);
    const shown = { ...this.snapshot.shown };
    for (const [id, save] of Object.entries(restored.state.pending)) shown[id] = { value: save.answer ?? {}, flagged: save.flagged };
    this.update({ queue: restored.state, shown });
  }

  /** Another tab on this attempt stored a change: show it here too, and number past it. */
  private adopt(raw: string | null) {
    if (this.finished || this.snapshot.over !== null) return;
    const { state, adopted } = adoptStored(this.snapshot.queue, parseStoredQueue(raw));
    const ids = Object.keys(adopted);
    if (ids.length === 0) return;
    const shown = { ...this.snapshot.shown };
    for (const id of ids) shown[id] = { value: adopted[id]!.answer ?? {}, flagged: adopted[id]!.flagged };
    this.update({ queue: state, shown });
    // Normally the other tab sends these itself; this copy is for when it cannot.
    for (const id of ids) this.debounce.schedule(id, typingDelayMs);
  }

  private record(attemptQuestionId: string, shown: Shown, delayMs: number) {
    if (this.finished || this.snapshot.over !== null) return;
    const type = this.types.get(attemptQuestionId)!;
    const stored = readStored(this.options.attemptId);
    const { state, save } = recordChange(this.snapshot.queue, attemptQuestionId, { answer: normalizeAnswer(type, shown.value), flagged: shown.flagged }, stored[attemptQuestionId]?.seq);
    // Written before anything else can go wrong: this is the copy that survives a crash.
    writeStored(this.options.attemptId, storePut(stored, attemptQuestionId, save));
    this.update({ queue: state, shown: { ...this.snapshot.shown, [attemptQuestionId]: shown } });
    this.debounce.schedule(attemptQuestionId, delayMs);
  }

  /** One request at a time, so acknowledgements arrive in the order saves were made. */
  private async sendOnce(): Promise<FlushResult> {
    while (this.flight) await this.flight.catch(() => undefined);
    if (this.snapshot.over !== null) return { kind: "over" };
    const saves = pendingSaves(this.snapshot.queue);
    if (saves.length === 0 || this.finished) return { kind: "done" };
    const run = this.sendBatches(saves);
    this.flight = run;
    try {
      return await run;
    } finally {
      if (this.flight === run) this.flight = null;
    }
  }

  private async sendBatches(saves: SaveItem[]): Promise<FlushResult> {
    for (const batch of batchSaves(saves)) {
      const result = this.handle(await postSaves(this.options.attemptId, batch));
      if (result.kind !== "done") return result;
    }
    return { kind: "done" };
  }

  /**
   * The page may be closing: everything unsent goes now, alongside any request already out (which
   * the browser would cancel), with `keepalive` so it outlives the page. Duplicates come back
   * "stale", which is harmless. If the page stays (a hidden tab), the answers are handled as usual.
   */
  private sendBeforeLeaving() {
    if (this.finished || this.snapshot.over !== null) return;
    const saves = pendingSaves(this.snapshot.queue);
    if (saves.length === 0) return;
    this.debounce.cancel();
    let budget = keepaliveBytes;
    for (const batch of batchSaves(saves, { maxBytes: keepaliveBytes })) {
      const bytes = new TextEncoder().encode(JSON.stringify({ saves: batch })).length;
      const keepalive = bytes <= budget;
      if (keepalive) budget -= bytes;
      void postSaves(this.options.attemptId, batch, { keepalive }).then((result) => this.handle(result));
    }
  }

  private handle(result: CallResult<SaveResponse>): FlushResult {
    switch (result.kind) {
      case "ok": {
        const { results, serverNow, deadlineAt } = result.body;
        writeStored(this.options.attemptId, storeAcknowledge(readStored(this.options.attemptId), results));
        this.failures = 0;
        window.clearTimeout(this.retryTimer);
        // An answer from the server outranks the browser's idea of being offline.
        this.update({ queue: acknowledge(this.snapshot.queue, results), failing: false, refused: null, browserOffline: false });
        const offsetMs = serverOffset(serverNow, result);
        if (offsetMs !== null) this.options.onServerTime?.({ offsetMs, deadlineAt });
        return { kind: "done" };
      }
      case "unreachable":
        this.update({ failing: true, refused: null });
        this.scheduleRetry();
        return { kind: "offline" };
      case "refused":
        // Worth retrying slowly: signing in again in another tab, say, makes the same save succeed.
        this.update({ failing: false, refused: result.message });
        this.scheduleRetry();
        return { kind: "refused", message: result.message };
      case "over":
        this.finish();
        this.update({ over: result.message });
        window.location.assign(result.reviewUrl ?? this.options.reviewUrl);
        return { kind: "over" };
    }
  }

  private scheduleRetry() {
    if (this.finished) return;
    this.failures += 1;
    window.clearTimeout(this.retryTimer);
    this.retryTimer = window.setTimeout(() => void this.sendOnce(), retryDelayMs(this.failures));
  }

  private update(patch: Partial<SaverSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
