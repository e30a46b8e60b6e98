import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/questions";
import { answerPool } from "@/lib/questions/matching";
import { expectedClasses, noResponse, prepareQuestion, responseParts } from "./response-parts";

const choice: Question = {
  type: "single_choice",
  stem: "Which article?",
  explanation: "",
  options: [
    { key: "x1", text: "Article 5", fraction: 1, feedback: "" },
    { key: "x2", text: "Article 4", fraction: 0, feedback: "" },
  ],
};
const trueFalse: Question = { type: "true_false", stem: "Is it?", explanation: "", answer: false, feedbackTrue: "", feedbackFalse: "" };
const matching: Question = {
  type: "matching",
  stem: "Match",
  explanation: "",
  pairs: [
    { id: "p1", prompt: "Article 4", answer: "Consultation" },
    { id: "p2", prompt: "Article 5", answer: "Collective defence" },
  ],
  distractors: ["Enlargement"],
};

describe("response parts", () => {
  it("counts a choice as the option chosen, with its text and credit", () => {
    expect(responseParts(prepareQuestion(choice), { choice: "x2" })).toEqual([{ subpart: 1, responseClass: "x2", response: "Article 4", fraction: 0 }]);
    expect(responseParts(prepareQuestion(choice), null)).toEqual([{ subpart: 1, responseClass: noResponse, response: noResponse, fraction: null }]);
    expect(expectedClasses(choice)?.map((entry) => entry.responseClass)).toEqual(["x1", "x2"]);
  });

  it("counts true/false as True or False, credited against the key", () => {
    expect(responseParts(prepareQuestion(trueFalse), { value: false })).toEqual([{ subpart: 1, responseClass: "False", response: "False", fraction: 1 }]);
    expect(expectedClasses(trueFalse)).toEqual([
      { subpart: 1, responseClass: "True", fraction: 0 },
      { subpart: 1, responseClass: "False", fraction: 1 },
    ]);
  });

  it("counts matching per prompt, and leaves essays out", () => {
    const pool = answerPool(matching as Extract<Question, { type: "matching" }>);
    const id = (text: string) => pool.find((answer) => answer.text === text)!.id;
    const parts = responseParts(prepareQuestion(matching), { pairs: { p1: id("Enlargement"), p2: id("Collective defence") } });
    expect(parts?.map((part) => [part.subpart, part.response])).toEqual([
      ["Article 4", "Enlargement"],
      ["Article 5", "Collective defence"],
    ]);
    expect(responseParts(prepareQuestion({ type: "essay", stem: "Discuss", explanation: "" }), { text: "An essay" })).toBeNull();
  });

  it("counts typed answers by their text", () => {
    const short: Question = { type: "short_answer", stem: "Name it", explanation: "", answers: [{ text: "Article 5", fraction: 1, feedback: "" }] };
    expect(responseParts(prepareQuestion(short), { text: "article five" }, 0)).toEqual([{ subpart: 1, responseClass: "article five", response: "article five", fraction: 0 }]);
  });
});
