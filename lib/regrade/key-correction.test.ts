import { describe, expect, it } from "vitest";
import { fromStoredVersion, gradeResponse, learnerViewOf } from "../questions";
import type { StoredVersion } from "../questions/from-content";
import { applyKeyChange, readKeyCorrection } from "./key-correction";
import { keyFormOf } from "./key-form";

const choice: StoredVersion = {
  type: "single_choice",
  stem: "Where does the North Atlantic Council meet?",
  explanation: "",
  data: {},
  options: [
    { key: "a", position: 1, text: "Brussels", fraction: 0, feedback: "" },
    { key: "b", position: 2, text: "Mons", fraction: 1, feedback: "That is SHAPE." },
  ],
};

function corrected(stored: StoredVersion, fields: Record<string, string>) {
  const result = readKeyCorrection(stored, fields);
  if (result.status !== "ok") throw new Error(JSON.stringify(result));
  return fromStoredVersion(applyKeyChange(stored, result.change));
}

describe("readKeyCorrection", () => {
  it("moves a single-choice key and keeps the option ids learners answered with", () => {
    const before = fromStoredVersion(choice);
    const after = corrected(choice, { "credit-0": "100", "credit-1": "0" });
    const brussels = learnerViewOf(before);
    expect(learnerViewOf(after)).toEqual(brussels);
    const brusselsId = before.type === "single_choice" ? before.options.find((option) => option.text === "Brussels")!.key : "";
    expect(gradeResponse(before, { choice: brusselsId })).toMatchObject({ status: "graded", fraction: 0 });
    expect(gradeResponse(after, { choice: brusselsId })).toMatchObject({ status: "graded", fraction: 1 });
  });

  it("refuses a single-choice key with no right option, and an unchanged key", () => {
    const none = readKeyCorrection(choice, { "credit-0": "50", "credit-1": "0" });
    expect(none).toMatchObject({ status: "invalid", fieldErrors: { "credit-0": [expect.stringContaining("100 %")] } });
    expect(readKeyCorrection(choice, { "credit-0": "0", "credit-1": "100" })).toMatchObject({ status: "invalid", message: expect.stringContaining("already has") });
    expect(readKeyCorrection(choice, { "credit-0": "abc", "credit-1": "100" })).toMatchObject({ fieldErrors: { "credit-0": [expect.stringContaining("0 to 100")] } });
  });

  it("needs the right options of a multiple-response question to add up to 100 %", () => {
    const multiple: StoredVersion = { ...choice, type: "multiple_response", options: [...choice.options!, { key: "c", position: 3, text: "Washington", fraction: -1, feedback: "" }] };
    expect(readKeyCorrection(multiple, { "credit-0": "50", "credit-1": "40", "credit-2": "-100" })).toMatchObject({ status: "invalid" });
    const after = corrected(multiple, { "credit-0": "50", "credit-1": "50", "credit-2": "-100" });
    expect(after.type === "multiple_response" && after.options.map((option) => option.fraction)).toEqual([0.5, 0.5, -1]);
  });

  it("flips a true/false key", () => {
    const statement: StoredVersion = { type: "true_false", stem: "Article 5 has been invoked once.", explanation: "", data: { answer: false, feedbackTrue: "", feedbackFalse: "" } };
    const after = corrected(statement, { answer: "true" });
    expect(after).toMatchObject({ type: "true_false", answer: true });
    expect(readKeyCorrection(statement, {})).toMatchObject({ fieldErrors: { answer: [expect.any(String)] } });
  });

  it("adds an accepted short answer, keeping content answers literal", () => {
    const short: StoredVersion = { type: "short_answer", stem: "Name the alliance's military headquarters.", explanation: "", data: { accepted: ["SHAPE"] } };
    expect(keyFormOf(short)).toEqual({ type: "short_answer", answers: [{ text: "SHAPE", credit: 100 }], caseSensitive: false });
    const after = corrected(short, { "text-0": "SHAPE", "credit-0": "100", "text-1": "Supreme Headquarters Allied Powers Europe", "credit-1": "100", "text-2": "", "credit-2": "" });
    expect(gradeResponse(after, { text: "supreme headquarters allied powers europe" })).toMatchObject({ fraction: 1 });
    expect(readKeyCorrection(short, { "text-0": "SHAPE", "credit-0": "100", "text-1": "SHAPE", "credit-1": "50" })).toMatchObject({ fieldErrors: { "text-1": [expect.stringContaining("twice")] } });
  });

  it("corrects a numerical value and tolerance", () => {
    const numerical: StoredVersion = { type: "numerical", stem: "In what year was the alliance founded?", explanation: "", data: { answer: 1948, tolerance: 0, unit: null } };
    const after = corrected(numerical, { "value-0": "1949", "tolerance-0": "0", "credit-0": "100" });
    expect(gradeResponse(after, { text: "1949" })).toMatchObject({ fraction: 1 });
    expect(readKeyCorrection(numerical, { "value-0": "nineteen", "tolerance-0": "-1", "credit-0": "100" })).toMatchObject({
      fieldErrors: { "value-0": [expect.any(String)], "tolerance-0": [expect.any(String)] },
    });
  });

  it("re-pairs a matching question without changing the answers learners chose from", () => {
    const matching: StoredVersion = {
      type: "matching",
      stem: "Match each summit to its year.",
      explanation: "",
      data: { pairs: [{ prompt: "Vilnius", answer: "2024" }, { prompt: "Washington", answer: "2023" }], distractors: ["2022"] },
    };
    const form = keyFormOf(matching);
    if (form.type !== "matching") throw new Error("matching expected");
    expect(form.pool).toEqual(["2022", "2023", "2024"]);
    const before = fromStoredVersion(matching);
    const after = corrected(matching, { "match-0": "1", "match-1": "2" });
    expect(learnerViewOf(after)).toEqual(learnerViewOf(before));
    expect(after).toMatchObject({ pairs: [{ prompt: "Vilnius", answer: "2023" }, { prompt: "Washington", answer: "2024" }], distractors: ["2022"] });
    expect(readKeyCorrection(matching, { "match-0": "7", "match-1": "2" })).toMatchObject({ fieldErrors: { "match-0": [expect.any(String)] } });
  });

  it("reorders an ordering question's key and keeps the item ids", () => {
    const ordering: StoredVersion = { type: "ordering", stem: "Order the accessions.", explanation: "", data: { items: ["Sweden", "Finland", "North Macedonia"] } };
    const before = fromStoredVersion(ordering);
    const after = corrected(ordering, { "position-0": "3", "position-1": "2", "position-2": "1" });
    expect(after.type === "ordering" && after.items.map((item) => item.text)).toEqual(["North Macedonia", "Finland", "Sweden"]);
    expect(new Set(after.type === "ordering" ? after.items.map((item) => item.id) : [])).toEqual(new Set(before.type === "ordering" ? before.items.map((item) => item.id) : []));
    expect(readKeyCorrection(ordering, { "position-0": "1", "position-1": "1", "position-2": "2" })).toMatchObject({ status: "invalid" });
  });

  it("has no key to correct on an essay", () => {
    const essay: StoredVersion = { type: "essay", stem: "Discuss deterrence.", explanation: "", data: { modelAnswer: null }, rubric: null };
    expect(readKeyCorrection(essay, {})).toMatchObject({ status: "invalid", fieldErrors: { form: [expect.stringContaining("by hand")] } });
  });
});
