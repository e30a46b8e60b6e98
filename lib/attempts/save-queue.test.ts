import { describe, expect, it } from "vitest";
import { maxSeq, type SaveOutcome } from "./api";
import {
  acknowledge,
  adoptStored,
  batchSaves,
  hasUnsent,
  isAnswered,
  nextSeq,
  normalizeAnswer,
  parseStoredQueue,
  pendingSaves,
  recordChange,
  restoreQueue,
  retryDelayMs,
  serializeStoredQueue,
  storageKey,
  storeAcknowledge,
  storePut,
  type QueueState,
  type ServerSave,
} from "./save-queue";

const q1 = "11111111-1111-4111-8111-111111111111";
const q2 = "22222222-2222-4222-8222-222222222222";
const q3 = "33333333-3333-4333-8333-333333333333";

const server: ServerSave[] = [
  { attemptQuestionId: q1, answer: { choice: "a" }, flagged: false, seq: 3 },
  { attemptQuestionId: q2, answer: null, flagged: true, seq: 0 },
];
const empty: QueueState = { lastSeq: { [q1]: 3, [q2]: 0 }, pending: {}, rejected: {} };
const outcome = (attemptQuestionId: string, seq: number, status: SaveOutcome["status"], message?: string): SaveOutcome => ({ attemptQuestionId, seq, status, ...(message ? { message } : {}) });

describe("storage format", () => {
  it("keys the queue by attempt", () => {
    expect(storageKey("abc")).toBe("rampart:attempt:abc");
  });

  it("reads back what it wrote", () => {
    const queue = { [q1]: { answer: { text: "NATO" }, flagged: true, seq: 7 }, [q2]: { answer: null, flagged: false, seq: 1 } };
    expect(parseStoredQueue(serializeStoredQueue(queue))).toEqual(queue);
  });

  it("writes nothing for an empty queue, so the key can be removed", () => {
    expect(serializeStoredQueue({})).toBeNull();
  });

  it("treats missing, corrupt or foreign data as an empty queue", () => {
    expect(parseStoredQueue(null)).toEqual({});
    expect(parseStoredQueue("")).toEqual({});
    expect(parseStoredQueue("{not json")).toEqual({});
    expect(parseStoredQueue("[1,2]")).toEqual({});
    expect(parseStoredQueue('"text"')).toEqual({});
    expect(parseStoredQueue("null")).toEqual({});
  });

  it("drops malformed entries one by one and keeps the readable ones", () => {
    const raw = JSON.stringify({
      [q1]: { answer: { choice: "b" }, flagged: false, seq: 4 },
      [q2]: { answer: "text", flagged: false, seq: 2 },
      [q3]: { answer: null, flagged: false, seq: 0 },
      other: { answer: null, flagged: "yes", seq: 2 },
      big: { answer: null, flagged: false, seq: maxSeq + 1 },
      frac: { answer: null, flagged: false, seq: 1.5 },
    });
    expect(parseStoredQueue(raw)).toEqual({ [q1]: { answer: { choice: "b" }, flagged: false, seq: 4 } });
  });
});

describe("restoring on load", () => {
  it("shows the server's copy when nothing is stored", () => {
    const { state, current, stored } = restoreQueue(server, {});
    expect(current).toEqual({ [q1]: { answer: { choice: "a" }, flagged: false }, [q2]: { answer: null, flagged: true } });
    expect(state).toEqual(empty);
    expect(stored).toEqual({});
    expect(hasUnsent(state)).toBe(false);
  });

  it("prefers a stored save numbered above the server's, and queues it to send", () => {
    const local = { answer: { choice: "c" }, flagged: true, seq: 5 };
    const { state, current, stored } = restoreQueue(server, { [q1]: local });
    expect(current[q1]).toEqual({ answer: { choice: "c" }, flagged: true });
    expect(state.pending).toEqual({ [q1]: local });
    expect(state.lastSeq[q1]).toBe(5);
    expect(stored).toEqual({ [q1]: local });
    expect(pendingSaves(state)).toEqual([{ attemptQuestionId: q1, seq: 5, answer: { choice: "c" }, flagged: true }]);
  });

  it("restores a stored clearing of the answer (null) over the server's answer", () => {
    const { current, state } = restoreQueue(server, { [q1]: { answer: null, flagged: false, seq: 4 } });
    expect(current[q1]).toEqual({ answer: null, flagged: false });
    expect(pendingSaves(state)).toHaveLength(1);
  });

  it("drops stored saves the server already has (same or lower number)", () => {
    const { state, current, stored } = restoreQueue(server, {
      [q1]: { answer: { choice: "z" }, flagged: true, seq: 3 },
      [q2]: { answer: { text: "new" }, flagged: false, seq: 1 },
    });
    expect(current[q1]).toEqual({ answer: { choice: "a" }, flagged: false });
    expect(current[q2]).toEqual({ answer: { text: "new" }, flagged: false });
    expect(Object.keys(state.pending)).toEqual([q2]);
    expect(Object.keys(stored)).toEqual([q2]);
  });

  it("ignores stored saves for questions not in this attempt", () => {
    const { state, stored } = restoreQueue(server, { [q3]: { answer: { text: "x" }, flagged: false, seq: 9 } });
    expect(state.pending).toEqual({});
    expect(stored).toEqual({});
    expect(state.lastSeq[q3]).toBeUndefined();
  });
});

describe("sequence numbers", () => {
  it("continue from the server's number", () => {
    expect(nextSeq(empty, q1)).toBe(4);
    expect(nextSeq(empty, q2)).toBe(1);
  });

  it("start at 1 for a question never seen", () => {
    expect(nextSeq(empty, q3)).toBe(1);
  });

  it("continue from a stored number after a reload, so none is reused", () => {
    const { state } = restoreQueue(server, { [q1]: { answer: { choice: "b" }, flagged: false, seq: 9 } });
    expect(nextSeq(state, q1)).toBe(10);
  });

  it("jump past a number another tab has stored", () => {
    expect(nextSeq(empty, q1, 12)).toBe(13);
    expect(nextSeq(empty, q1, 2)).toBe(4);
  });

  it("never pass the largest number the server stores", () => {
    expect(nextSeq({ ...empty, lastSeq: { [q1]: maxSeq } }, q1)).toBe(maxSeq);
  });

  it("grow by one with every change", () => {
    let state = empty;
    const seqs: number[] = [];
    for (const text of ["N", "NA", "NAT", "NATO"]) {
      const result = recordChange(state, q2, { answer: { text }, flagged: false });
      state = result.state;
      seqs.push(result.save.seq);
    }
    expect(seqs).toEqual([1, 2, 3, 4]);
    expect(pendingSaves(state)).toEqual([{ attemptQuestionId: q2, seq: 4, answer: { text: "NATO" }, flagged: false }]);
  });

  it("are not reused after a save is acknowledged", () => {
    let state = recordChange(empty, q1, { answer: { choice: "b" }, flagged: false }).state;
    state = acknowledge(state, [outcome(q1, 4, "saved")]);
    expect(recordChange(state, q1, { answer: { choice: "c" }, flagged: false }).save.seq).toBe(5);
  });

  it("are not reused after a refusal, which the server never stored", () => {
    let state = recordChange(empty, q1, { answer: { choice: "?" }, flagged: false }).state;
    state = acknowledge(state, [outcome(q1, 4, "invalid", "No such option.")]);
    expect(recordChange(state, q1, { answer: { choice: "c" }, flagged: false }).save.seq).toBe(5);
  });
});

describe("another tab on the same attempt", () => {
  it("adopts its newer saves: shown here, queued here, and numbered past", () => {
    const theirs = { answer: { choice: "c" }, flagged: true, seq: 6 };
    const { state, adopted } = adoptStored(empty, { [q1]: theirs });
    expect(adopted).toEqual({ [q1]: theirs });
    expect(state.pending[q1]).toEqual(theirs);
    expect(nextSeq(state, q1)).toBe(7);
  });

  it("ignores saves this page already has or has gone past, and unknown questions", () => {
    let state = recordChange(empty, q1, { answer: { choice: "b" }, flagged: false }).state;
    state = recordChange(state, q1, { answer: { choice: "c" }, flagged: false }).state;
    const result = adoptStored(state, {
      [q1]: { answer: { choice: "a" }, flagged: false, seq: 5 },
      [q3]: { answer: { text: "x" }, flagged: false, seq: 9 },
    });
    expect(result.adopted).toEqual({});
    expect(result.state).toBe(state);
  });

  it("replaces this page's older pending save for the same question", () => {
    const mine = recordChange(empty, q2, { answer: { text: "mine" }, flagged: false }).state;
    const { state } = adoptStored(mine, { [q2]: { answer: { text: "theirs" }, flagged: false, seq: 2 } });
    expect(pendingSaves(state)).toEqual([{ attemptQuestionId: q2, seq: 2, answer: { text: "theirs" }, flagged: false }]);
  });
});

describe("pending saves", () => {
  it("send only the latest change per question, answer and flag together", () => {
    let state = recordChange(empty, q1, { answer: { choice: "b" }, flagged: false }).state;
    state = recordChange(state, q1, { answer: { choice: "b" }, flagged: true }).state;
    state = recordChange(state, q2, { answer: { value: true }, flagged: true }).state;
    expect(pendingSaves(state)).toEqual([
      { attemptQuestionId: q1, seq: 5, answer: { choice: "b" }, flagged: true },
      { attemptQuestionId: q2, seq: 1, answer: { value: true }, flagged: true },
    ]);
  });

  it("is empty when nothing changed", () => {
    expect(pendingSaves(empty)).toEqual([]);
    expect(hasUnsent(empty)).toBe(false);
  });
});

describe("acknowledging", () => {
  const changed = () => {
    let state = recordChange(empty, q1, { answer: { choice: "b" }, flagged: false }).state;
    state = recordChange(state, q2, { answer: { text: "x" }, flagged: false }).state;
    return state;
  };

  it("removes saves the server stored", () => {
    const state = acknowledge(changed(), [outcome(q1, 4, "saved"), outcome(q2, 1, "saved")]);
    expect(state.pending).toEqual({});
    expect(hasUnsent(state)).toBe(false);
  });

  it("counts stale as acknowledged: the server already holds this number or a higher one", () => {
    const state = acknowledge(changed(), [outcome(q1, 4, "stale")]);
    expect(Object.keys(state.pending)).toEqual([q2]);
  });

  it("keeps a change made while the request was on its way", () => {
    let state = changed();
    const sent = pendingSaves(state);
    state = recordChange(state, q2, { answer: { text: "xy" }, flagged: false }).state;
    state = acknowledge(
      state,
      sent.map((save) => outcome(save.attemptQuestionId, save.seq, "saved")),
    );
    expect(pendingSaves(state)).toEqual([{ attemptQuestionId: q2, seq: 2, answer: { text: "xy" }, flagged: false }]);
  });

  it("treats an acknowledgement of a higher number as covering the pending save", () => {
    const state = acknowledge(changed(), [outcome(q1, 40, "stale")]);
    expect(state.pending[q1]).toBeUndefined();
    expect(nextSeq(state, q1)).toBe(41);
  });

  it("ignores outcomes for questions with nothing pending", () => {
    const state = acknowledge(empty, [outcome(q3, 2, "saved")]);
    expect(state.pending).toEqual({});
    expect(nextSeq(state, q3)).toBe(3);
  });

  it("does not resend a refused save, and keeps the server's message", () => {
    const state = acknowledge(changed(), [outcome(q1, 4, "invalid", "This answer cannot be read."), outcome(q2, 1, "saved")]);
    expect(state.rejected).toEqual({ [q1]: { seq: 4, message: "This answer cannot be read." } });
    expect(state.pending[q1]).toBeDefined();
    expect(pendingSaves(state)).toEqual([]);
    expect(hasUnsent(state)).toBe(false);
  });

  it("falls back to a general message when a refusal gives none", () => {
    const state = acknowledge(changed(), [outcome(q1, 4, "invalid")]);
    expect(state.rejected[q1]?.message).toBe("This answer could not be saved.");
  });

  it("sends the next change after a refusal, keeping the message until that one is judged", () => {
    let state = acknowledge(changed(), [outcome(q1, 4, "invalid", "Bad.")]);
    state = recordChange(state, q1, { answer: { choice: "c" }, flagged: false }).state;
    expect(state.rejected[q1]).toBeDefined();
    expect(pendingSaves(state).map((save) => save.seq)).toEqual([5, 1]);
    state = acknowledge(state, [outcome(q1, 5, "saved")]);
    expect(state.rejected[q1]).toBeUndefined();
    expect(state.pending[q1]).toBeUndefined();
  });

  it("disregards a refusal of a save that a newer change has replaced", () => {
    let state = changed();
    state = recordChange(state, q1, { answer: { choice: "c" }, flagged: false }).state;
    state = acknowledge(state, [outcome(q1, 4, "invalid", "Bad.")]);
    expect(state.rejected).toEqual({});
    expect(pendingSaves(state).find((save) => save.attemptQuestionId === q1)?.seq).toBe(5);
  });

  it("does not change the state it is given", () => {
    const state = changed();
    const copy = structuredClone(state);
    acknowledge(state, [outcome(q1, 4, "saved"), outcome(q2, 1, "invalid", "x")]);
    recordChange(state, q1, { answer: null, flagged: true });
    expect(state).toEqual(copy);
  });
});

describe("the stored queue", () => {
  const save = (seq: number, text = "t") => ({ answer: { text }, flagged: false, seq });

  it("keeps the higher-numbered save when two writers race", () => {
    let stored = storePut({}, q1, save(3, "newer"));
    stored = storePut(stored, q1, save(2, "older"));
    expect(stored[q1]).toEqual(save(3, "newer"));
    stored = storePut(stored, q1, save(4, "newest"));
    expect(stored[q1]).toEqual(save(4, "newest"));
  });

  it("removes saves acknowledged at their number or above, and nothing else", () => {
    const stored = { [q1]: save(3), [q2]: save(5), [q3]: save(1) };
    const next = storeAcknowledge(stored, [outcome(q1, 3, "saved"), outcome(q2, 4, "saved"), outcome(q3, 7, "stale")]);
    expect(next).toEqual({ [q2]: save(5) });
    expect(stored[q1]).toBeDefined();
  });

  it("keeps refused saves, so a reload shows the answer and asks the server again", () => {
    const next = storeAcknowledge({ [q1]: save(3) }, [outcome(q1, 3, "invalid", "Bad.")]);
    expect(next).toEqual({ [q1]: save(3) });
  });
});

describe("retry delay", () => {
  it("doubles from 1 s and stops at 15 s", () => {
    expect([1, 2, 3, 4, 5, 6, 50, 5000].map((failures) => retryDelayMs(failures))).toEqual([1000, 2000, 4000, 8000, 15000, 15000, 15000, 15000]);
  });

  it("is zero before any failure", () => {
    expect(retryDelayMs(0)).toBe(0);
  });
});

describe("batching", () => {
  const item = (n: number, text = "x") => ({ attemptQuestionId: `${n}`, seq: 1, answer: { text }, flagged: false });

  it("sends at most 200 saves a request", () => {
    const batches = batchSaves(Array.from({ length: 450 }, (_, n) => item(n)));
    expect(batches.map((batch) => batch.length)).toEqual([200, 200, 50]);
  });

  it("keeps each keepalive body under the byte budget", () => {
    const saves = Array.from({ length: 10 }, (_, n) => item(n, "é".repeat(5000)));
    const batches = batchSaves(saves, { maxBytes: 60_000 });
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat()).toEqual(saves);
    for (const batch of batches) expect(new TextEncoder().encode(JSON.stringify({ saves: batch })).length).toBeLessThanOrEqual(60_000);
  });

  it("gives an oversized save a request of its own rather than dropping it", () => {
    const big = item(1, "x".repeat(70_000));
    expect(batchSaves([item(0), big, item(2)], { maxBytes: 60_000 })).toEqual([[item(0)], [big], [item(2)]]);
  });

  it("makes no request for no saves", () => {
    expect(batchSaves([])).toEqual([]);
  });
});

describe("what counts as an answer", () => {
  it("treats empty controls as unanswered, so the server stores null", () => {
    expect(normalizeAnswer("single_choice", {})).toBeNull();
    expect(normalizeAnswer("multiple_response", { choices: [] })).toBeNull();
    expect(normalizeAnswer("true_false", {})).toBeNull();
    expect(normalizeAnswer("true_false", { value: null })).toBeNull();
    expect(normalizeAnswer("short_answer", { text: "   " })).toBeNull();
    expect(normalizeAnswer("numerical", { text: "" })).toBeNull();
    expect(normalizeAnswer("essay", { text: "\n\n" })).toBeNull();
    expect(normalizeAnswer("matching", { pairs: { p1: "", p2: "" } })).toBeNull();
    expect(normalizeAnswer("ordering", {})).toBeNull();
    expect(normalizeAnswer("essay", null)).toBeNull();
  });

  it("keeps what the learner chose or wrote, as written", () => {
    expect(normalizeAnswer("single_choice", { choice: "b" })).toEqual({ choice: "b" });
    expect(normalizeAnswer("multiple_response", { choices: ["a", "c"] })).toEqual({ choices: ["a", "c"] });
    expect(normalizeAnswer("true_false", { value: false })).toEqual({ value: false });
    expect(normalizeAnswer("short_answer", { text: " Article 5 " })).toEqual({ text: " Article 5 " });
    expect(normalizeAnswer("numerical", { text: "1,000" })).toEqual({ text: "1,000" });
    expect(normalizeAnswer("essay", { text: "Deterrence…\n" })).toEqual({ text: "Deterrence…\n" });
    expect(normalizeAnswer("ordering", { order: ["c", "a", "b"] })).toEqual({ order: ["c", "a", "b"] });
  });

  it("drops matching prompts set back to “Choose…” and duplicate choices", () => {
    expect(normalizeAnswer("matching", { pairs: { p1: "a2", p2: "" } })).toEqual({ pairs: { p1: "a2" } });
    expect(normalizeAnswer("multiple_response", { choices: ["a", "a", ""] })).toEqual({ choices: ["a"] });
  });

  it("answers whether a question counts as answered", () => {
    expect(isAnswered("true_false", { value: true })).toBe(true);
    expect(isAnswered("true_false", null)).toBe(false);
    expect(isAnswered("essay", { text: " " })).toBe(false);
    expect(isAnswered("ordering", { order: ["a", "b"] })).toBe(true);
  });
});
