import { describe, expect, it } from "vitest";
import { analyseResponses, thirds } from "./response-analysis";
import type { AttemptInput, ResponsePart, SlotInput } from "./types";

const choice = (key: string, fraction = key === "A" ? 1 : 0): ResponsePart => ({ subpart: 1, responseClass: key, response: `Option ${key}`, fraction });

const slots: SlotInput[] = [{ slot: 1, maxMark: 1 }];
// Six attempts ranked by total: the top third is u0 and u1, the bottom third u4 and u5.
const chosen = ["A", "A", "B", "A", "C", "C"];
const attempts: AttemptInput[] = chosen.map((key, index) => ({
  userId: `u${index}`,
  attemptNumber: 1,
  sumMarks: 10 - index,
  marks: [key === "A" ? 1 : 0],
  responses: [[choice(key)]],
}));

describe("thirds", () => {
  it("marks the top and bottom third by total, breaking ties by input order", () => {
    expect([...thirds([5, 9, 1, 7, 3, 5])]).toEqual([0, 1, -1, 1, -1, 0]);
    expect([...thirds([2, 2, 2])]).toEqual([1, 0, -1]);
    expect([...thirds([4, 8])]).toEqual([0, 0]);
  });
});

describe("analyseResponses", () => {
  it("counts each answer, overall and in the top and bottom thirds", () => {
    const [question] = analyseResponses(slots, attempts);
    expect(question).toMatchObject({ slot: 1, questionId: null, variant: null, attempts: 6, topAttempts: 2, bottomAttempts: 2 });
    expect(question!.rows.map(({ responseClass, count, top, bottom, fraction }) => ({ responseClass, count, top, bottom, fraction }))).toEqual([
      { responseClass: "A", count: 3, top: 2, bottom: 0, fraction: 1 },
      { responseClass: "B", count: 1, top: 0, bottom: 0, fraction: 0 },
      { responseClass: "C", count: 2, top: 0, bottom: 2, fraction: 0 },
    ]);
  });

  it("lists the options nobody chose, in the question's order, when told what to expect", () => {
    const [question] = analyseResponses(slots, attempts, {
      classesFor: () => ["D", "C", "B", "A"].map((key) => ({ subpart: 1, responseClass: key, fraction: key === "A" ? 1 : 0 })),
    });
    expect(question!.rows.map((row) => [row.responseClass, row.response, row.count])).toEqual([
      ["D", "", 0],
      ["C", "Option C", 2],
      ["B", "Option B", 1],
      ["A", "Option A", 3],
    ]);
  });

  it("keeps every distinct response of an answer, per subpart", () => {
    const typed: AttemptInput[] = [["frog", "frog"], ["Frog", "frog"], ["toad", "*"]].map(([response, responseClass], index) => ({
      userId: `u${index}`,
      attemptNumber: 1,
      sumMarks: 1,
      marks: [1],
      responses: [[{ subpart: "gap 1", responseClass: responseClass!, response: response! }]],
    }));
    expect(analyseResponses(slots, typed)[0]!.rows.map((row) => [row.subpart, row.responseClass, row.response, row.count])).toEqual([
      ["gap 1", "frog", "frog", 1],
      ["gap 1", "frog", "Frog", 1],
      ["gap 1", "*", "toad", 1],
    ]);
  });

  it("counts tries, lumping tries after the fifth into the fifth as Moodle does", () => {
    const tries: AttemptInput = { ...attempts[0]!, responses: [[1, 2, 6, 7].map((attempt) => ({ ...choice("B"), try: attempt }))] };
    expect(analyseResponses(slots, [tries])[0]!.rows[0]!.tries).toEqual([1, 1, 0, 0, 2]);
    expect(analyseResponses(slots, [tries], { maxTryCounted: 10 })[0]!.rows[0]!.tries).toEqual([1, 1, 0, 0, 0, 1, 1]);
  });

  it("analyses each question a random slot drew, and each variant, apart", () => {
    const randomSlots: SlotInput[] = [{ slot: 3, maxMark: 1, random: true }];
    const drawn = [
      ["q2", 1],
      ["q1", 2],
      ["q2", 1],
      ["q1", 1],
    ] as const;
    const analysed = analyseResponses(
      randomSlots,
      drawn.map(([questionId, variant], index) => ({ ...attempts[index]!, questionIds: [questionId], variants: [variant] })),
    );
    expect(analysed.map((group) => [group.slot, group.questionId, group.variant, group.attempts])).toEqual([
      [3, "q2", 1, 2],
      [3, "q1", 1, 1],
      [3, "q1", 2, 1],
    ]);
  });

  it("counts an attempt that left the question blank among those who saw it", () => {
    const blank: AttemptInput = { ...attempts[0]!, responses: [null] };
    const [question] = analyseResponses(slots, [blank, attempts[1]!]);
    expect(question!.attempts).toBe(2);
    expect(question!.rows.map((row) => row.count)).toEqual([1]);
  });
});
