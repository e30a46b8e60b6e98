import { slotErrorField, type FieldErrors, type SlotInput } from "./quiz-input";

/**
 * Random slots cannot draw more questions from a pool than it holds: a fixed question is claimed
 * before any draw, and no question appears twice in an attempt. A pool with fewer free questions
 * than the slots drawing from it would stop every learner at the start, so the save is refused
 * instead, beside the slots that would come up empty.
 *
 * The check is per pool, so it never refuses a quiz that could start; where a lesson and a tag
 * share questions, an attempt can still run short, and the start says so then.
 */

export type PoolKey = `lesson:${string}` | `tag:${string}`;

export function poolKey(slot: SlotInput): PoolKey | null {
  if (slot.kind === "lesson") return `lesson:${slot.lessonId}`;
  if (slot.kind === "tag") return `tag:${slot.tagId}`;
  return null;
}

export function poolTooSmallMessage(free: number, drawing: number): string {
  const questions = `${free} question${free === 1 ? "" : "s"}`;
  return `This pool has ${questions} left to draw once the quiz's chosen questions are set aside, but ${drawing} slots draw from it. Remove a slot or draw from a larger pool.`;
}

export function checkPoolCapacity(slots: readonly SlotInput[], pools: ReadonlyMap<PoolKey, readonly string[]>): FieldErrors {
  const fixed = new Set(slots.flatMap((slot) => (slot.kind === "fixed" ? [slot.questionId] : [])));
  const drawing = new Map<PoolKey, number[]>();
  slots.forEach((slot, index) => {
    const key = poolKey(slot);
    if (key && pools.has(key)) drawing.set(key, [...(drawing.get(key) ?? []), index]);
  });
  const errors: FieldErrors = {};
  for (const [key, indexes] of drawing) {
    const free = new Set(pools.get(key)!.filter((id) => !fixed.has(id))).size;
    if (indexes.length <= free) continue;
    // The slots past the pool's size are the ones that would come up empty.
    for (const index of indexes.slice(free)) {
      const slot = slots[index]!;
      errors[slotErrorField(slot, index, slot.kind === "tag" ? "tag" : "lesson")] = [poolTooSmallMessage(free, indexes.length)];
    }
  }
  return errors;
}
