import { describe, expect, it } from "vitest";
import { defaultOrder, grade, learnerView, rightAnswer, shuffledOrder } from "./ordering";
import { samples } from "./sample-questions";

const question = samples.ordering;
const correct = question.items.map((item) => item.id);

describe("ordering", () => {
  it("gives items in their correct position over all items", () => {
    expect(grade(question, { order: correct })).toMatchObject({ fraction: 1, feedback: { correct: true } });
    const [first, second, third, fourth] = correct as [string, string, string, string];
    expect(grade(question, { order: [second, first, third, fourth] })).toMatchObject({
      fraction: 0.5,
      feedback: { correct: false, perItem: { [first]: false, [second]: false, [third]: true, [fourth]: true } },
    });
    expect(grade(question, { order: [fourth, first, second, third] })).toMatchObject({ fraction: 0 });
  });

  it("treats items with the same text as interchangeable", () => {
    const twins = { ...question, items: [{ id: "x", text: "Same" }, { id: "y", text: "Same" }, { id: "z", text: "Other" }] };
    expect(grade(twins, { order: ["y", "x", "z"] })).toMatchObject({ fraction: 1 });
  });

  it("treats an empty order as unanswered and rejects anything but a permutation", () => {
    expect(grade(question, { order: [] })).toEqual({ status: "unanswered" });
    for (const order of [correct.slice(1), [...correct, correct[0]!], [...correct.slice(1), correct[1]!], [...correct.slice(1), "zz"]]) {
      expect(grade(question, { order })).toMatchObject({ status: "invalid", message: expect.stringContaining("exactly once") });
    }
  });

  it("never shows the correct order by default or when shuffled", () => {
    expect(defaultOrder(question)).not.toEqual(correct);
    expect(learnerView(question, []).items.map((item) => item.id)).toEqual(defaultOrder(question));
    for (let seed = 0; seed < 50; seed++) {
      const order = shuffledOrder(question, String(seed));
      expect(order).not.toEqual(correct);
      expect(order.toSorted()).toEqual(correct.toSorted());
    }
  });

  it("numbers the items in the right order", () => {
    expect(rightAnswer(question)).toBe("1. Losses mount\n2. Discontent spreads\n3. Purges begin\n4. Arrests follow");
  });
});
