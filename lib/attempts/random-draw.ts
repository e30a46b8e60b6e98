import { randomIndex, seededRandom } from "./seeded-random";

/**
 * Which question each slot of a new attempt shows. Fixed slots show their question. Random slots
 * draw from their pool without repeating a question within the attempt and, like Moodle's random
 * question loader, favour questions this learner has not met in earlier attempts, so a resit tests
 * fresh material until the pool runs out.
 */

export interface DrawSlot {
  id: string;
  kind: "fixed" | "random";
  questionId?: string | null;
  pool?: readonly string[];
}

export interface DrawnQuestion {
  slotId: string;
  questionId: string;
}

export type DrawFailure = "missing_question" | "empty_pool" | "pool_exhausted";
export type DrawResult =
  | { ok: true; questions: DrawnQuestion[] }
  | { ok: false; slotId: string; reason: DrawFailure; message: string };

export function drawQuestions({
  slots,
  alreadySeen,
  seed,
}: {
  slots: readonly DrawSlot[];
  alreadySeen: ReadonlySet<string>;
  seed: string | number;
}): DrawResult {
  // Fixed questions are claimed first so a random slot earlier in the quiz cannot take one of them.
  const used = new Set(slots.flatMap((slot) => (slot.kind === "fixed" && slot.questionId ? [slot.questionId] : [])));
  const random = seededRandom(seed);
  const questions: DrawnQuestion[] = [];

  for (const [index, slot] of slots.entries()) {
    const position = index + 1;
    if (slot.kind === "fixed") {
      if (!slot.questionId) return fail(slot.id, "missing_question", position);
      questions.push({ slotId: slot.id, questionId: slot.questionId });
      continue;
    }
    // Sorted so the draw depends on the seed and the pool's contents, not on the order a query returned them.
    const pool = [...new Set(slot.pool ?? [])].sort();
    if (pool.length === 0) return fail(slot.id, "empty_pool", position);
    const available = pool.filter((id) => !used.has(id));
    if (available.length === 0) return fail(slot.id, "pool_exhausted", position);
    const unseen = available.filter((id) => !alreadySeen.has(id));
    const candidates = unseen.length > 0 ? unseen : available;
    const questionId = candidates[randomIndex(random, candidates.length)]!;
    used.add(questionId);
    questions.push({ slotId: slot.id, questionId });
  }
  return { ok: true, questions };
}

/** Learners see these when a quiz cannot start, so they say what to do, not what went wrong inside. */
const failureMessages: Record<DrawFailure, (position: number) => string> = {
  missing_question: (position) => `Question ${position} of this quiz has no question set. Please tell your instructor.`,
  empty_pool: (position) => `Question ${position} of this quiz draws from an empty pool of questions. Please tell your instructor.`,
  pool_exhausted: (position) =>
    `Question ${position} of this quiz has no questions left to draw that are not already in the attempt. Please tell your instructor.`,
};

function fail(slotId: string, reason: DrawFailure, position: number): DrawResult {
  return { ok: false, slotId, reason, message: failureMessages[reason](position) };
}
