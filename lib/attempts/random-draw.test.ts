import { describe, expect, it } from "vitest";
import { drawQuestions, type DrawSlot } from "./random-draw";

const pool = ["q1", "q2", "q3", "q4", "q5"];
const none = new Set<string>();

function drawn(slots: DrawSlot[], alreadySeen: Set<string>, seed: string | number): string[] {
  const result = drawQuestions({ slots, alreadySeen, seed });
  if (!result.ok) throw new Error(result.message);
  return result.questions.map((question) => question.questionId);
}

describe("drawing questions for an attempt", () => {
  it("keeps fixed questions in their slots", () => {
    const result = drawQuestions({ slots: [{ id: "s1", kind: "fixed", questionId: "q9" }], alreadySeen: none, seed: 1 });
    expect(result).toEqual({ ok: true, questions: [{ slotId: "s1", questionId: "q9" }] });
  });

  it("never repeats a question within the attempt, fixed ones included", () => {
    const slots: DrawSlot[] = [
      { id: "r1", kind: "random", pool },
      { id: "r2", kind: "random", pool },
      { id: "r3", kind: "random", pool },
      { id: "r4", kind: "random", pool },
      { id: "f1", kind: "fixed", questionId: "q5" },
    ];
    for (let seed = 0; seed < 50; seed++) {
      const ids = drawn(slots, none, seed);
      expect(new Set(ids).size).toBe(5);
      expect(ids.slice(0, 4)).not.toContain("q5");
    }
  });

  it("is the same for the same seed, whatever order the pool comes in", () => {
    const slots: DrawSlot[] = [{ id: "r1", kind: "random", pool }, { id: "r2", kind: "random", pool }];
    const reversed: DrawSlot[] = slots.map((slot) => ({ ...slot, pool: [...pool].reverse() }));
    expect(drawn(slots, none, "attempt-7")).toEqual(drawn(reversed, none, "attempt-7"));
    const seeds = Array.from({ length: 20 }, (_, seed) => drawn(slots, none, seed).join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it("prefers questions the learner has not seen in earlier attempts", () => {
    const seen = new Set(["q1", "q2", "q3"]);
    const slots: DrawSlot[] = [{ id: "r1", kind: "random", pool }, { id: "r2", kind: "random", pool }];
    for (let seed = 0; seed < 50; seed++) expect(drawn(slots, seen, seed).toSorted()).toEqual(["q4", "q5"]);
  });

  it("falls back to seen questions only once the unseen ones run out", () => {
    const seen = new Set(["q1", "q2", "q3", "q4"]);
    const slots: DrawSlot[] = [{ id: "r1", kind: "random", pool }, { id: "r2", kind: "random", pool }];
    for (let seed = 0; seed < 20; seed++) {
      const [first, second] = drawn(slots, seen, seed);
      expect(first).toBe("q5");
      expect(seen.has(second!)).toBe(true);
    }
  });

  it("reports an empty pool instead of throwing", () => {
    const result = drawQuestions({ slots: [{ id: "f1", kind: "fixed", questionId: "q1" }, { id: "r1", kind: "random", pool: [] }], alreadySeen: none, seed: 1 });
    expect(result).toEqual({
      ok: false,
      slotId: "r1",
      reason: "empty_pool",
      message: "Question 2 of this quiz draws from an empty pool of questions. Please tell your instructor.",
    });
  });

  it("reports a pool used up by the rest of the attempt, and a fixed slot without a question", () => {
    const slots: DrawSlot[] = [{ id: "f1", kind: "fixed", questionId: "q1" }, { id: "r1", kind: "random", pool: ["q1"] }];
    expect(drawQuestions({ slots, alreadySeen: none, seed: 1 })).toMatchObject({ ok: false, slotId: "r1", reason: "pool_exhausted" });
    expect(drawQuestions({ slots: [{ id: "f1", kind: "fixed" }], alreadySeen: none, seed: 1 })).toMatchObject({ ok: false, reason: "missing_question" });
  });
});
