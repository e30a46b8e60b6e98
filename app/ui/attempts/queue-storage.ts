import { parseStoredQueue, serializeStoredQueue, storageKey, type StoredQueue } from "@/lib/attempts/save-queue";

/**
 * localStorage for the attempt's unacknowledged saves. Storage can be missing, full or blocked
 * (private windows, strict settings): saving then carries on from memory alone rather than failing.
 */

export function readStored(attemptId: string): StoredQueue {
  try {
    return parseStoredQueue(window.localStorage.getItem(storageKey(attemptId)));
  } catch {
    return {};
  }
}

export function writeStored(attemptId: string, queue: StoredQueue): void {
  try {
    const value = serializeStoredQueue(queue);
    if (value === null) window.localStorage.removeItem(storageKey(attemptId));
    else window.localStorage.setItem(storageKey(attemptId), value);
  } catch (error) {
    console.warn("Could not keep answers on this device:", error);
  }
}

export function removeStored(attemptId: string): void {
  writeStored(attemptId, {});
}
