import { describe, expect, it } from "vitest";
import { checkPoolCapacity, poolTooSmallMessage, type PoolKey } from "./pool-capacity";
import type { SlotInput } from "./quiz-input";

const lesson = (lessonId: string, ref: string): SlotInput => ({ kind: "lesson", lessonId, marks: 1, ref });
const tag = (tagId: string, ref: string): SlotInput => ({ kind: "tag", tagId, marks: 1, ref });
const fixed = (questionId: string, ref: string): SlotInput => ({ kind: "fixed", questionId, marks: 1, ref });
const pools = (entries: [PoolKey, string[]][]) => new Map(entries);

describe("checkPoolCapacity", () => {
  it("accepts as many random slots as the pool has questions", () => {
    expect(checkPoolCapacity([lesson("L", "a"), lesson("L", "b")], pools([["lesson:L", ["q1", "q2"]]]))).toEqual({});
  });

  it("refuses the slots past the pool's size, beside each of them", () => {
    const errors = checkPoolCapacity([lesson("L", "a"), lesson("L", "b"), lesson("L", "c")], pools([["lesson:L", ["q1", "q2"]]]));
    expect(errors).toEqual({ "slots.c.lesson": [poolTooSmallMessage(2, 3)] });
  });

  it("sets aside the quiz's chosen questions, which are claimed before any draw", () => {
    const slots = [fixed("q1", "a"), tag("T", "b"), tag("T", "c")];
    expect(checkPoolCapacity(slots, pools([["tag:T", ["q1", "q2", "q3"]]]))).toEqual({});
    expect(checkPoolCapacity([...slots, tag("T", "d")], pools([["tag:T", ["q1", "q2", "q3"]]]))).toEqual({ "slots.d.tag": [poolTooSmallMessage(2, 3)] });
  });

  it("counts each pool on its own, and leaves pools it was not given to the other checks", () => {
    const slots = [lesson("L", "a"), tag("T", "b"), lesson("M", "c")];
    expect(checkPoolCapacity(slots, pools([["lesson:L", ["q1"]], ["tag:T", ["q1"]]]))).toEqual({});
    expect(checkPoolCapacity([lesson("L", "a")], pools([["lesson:L", []]]))).toEqual({ "slots.a.lesson": [poolTooSmallMessage(0, 1)] });
  });

  it("says the numbers in words a person reads", () => {
    expect(poolTooSmallMessage(1, 2)).toBe("This pool has 1 question left to draw once the quiz's chosen questions are set aside, but 2 slots draw from it. Remove a slot or draw from a larger pool.");
  });
});
