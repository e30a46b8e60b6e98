import { describe, expect, it } from "vitest";
import { fromStoredVersion, learnerViewOf, type Question } from "../questions";
import { samples } from "../questions/sample-questions";
import { storedFormOf } from "./stored-form";

/** The question with the ids it was given replaced by their position: storage renumbers them. */
function withoutIds(question: Question) {
  switch (question.type) {
    case "single_choice":
    case "multiple_response":
      return { ...question, options: question.options.map(({ text, fraction, feedback }) => ({ text, fraction, feedback })) };
    case "matching":
      return { ...question, pairs: question.pairs.map(({ prompt, answer }) => ({ prompt, answer })) };
    case "ordering":
      return { ...question, items: question.items.map((item) => item.text) };
    default:
      return question;
  }
}

describe("storedFormOf", () => {
  it.each(Object.entries(samples))("keeps a %s question as it was through storage", (_name, question) => {
    const stored = storedFormOf(question);
    const back = fromStoredVersion(stored);
    expect(withoutIds(back)).toEqual(withoutIds(question));
    expect(learnerViewOf(back).type).toBe(question.type);
  });

  it("keeps Moodle's per-answer settings: all-or-nothing, shuffling, case sensitivity, catch-all numbers", () => {
    const multiple: Question = { ...samples.multipleResponse, allOrNothing: true, shuffle: false };
    expect(fromStoredVersion(storedFormOf(multiple))).toMatchObject({ allOrNothing: true, shuffle: false });
    const short: Question = { ...samples.shortAnswer, caseSensitive: true };
    expect(fromStoredVersion(storedFormOf(short))).toMatchObject({ caseSensitive: true });
    const numerical: Question = { type: "numerical", stem: "Members in 2024?", explanation: "", answers: [{ value: 32, tolerance: 0, fraction: 1, feedback: "" }, { value: "*", tolerance: 0, fraction: 0, feedback: "Count again." }], unit: "states" };
    expect(fromStoredVersion(storedFormOf(numerical))).toEqual(numerical);
  });
});
