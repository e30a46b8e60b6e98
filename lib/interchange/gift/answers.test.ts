import { describe, expect, it } from "vitest";
import { parseGift } from "./parse";

const question = (text: string) => {
  const result = parseGift(text);
  expect(result.problems).toEqual([]);
  return result.questions[0]!.question;
};
const problem = (text: string) => parseGift(text).problems[0]?.message;

describe("GIFT answer blocks: type detection", () => {
  it.each([
    ["{}", "essay"],
    ["{#1949}", "numerical"],
    ["{=Wales ~Newport}", "single_choice"],
    ["{~%50%Wales ~%50%Warsaw}", "multiple_response"],
    ["{=Wales -> 2014 =Warsaw -> 2016}", "matching"],
    ["{TRUE}", "true_false"],
    ["{T#no#yes}", "true_false"],
    ["{true}", "short_answer"],
    ["{=Wales}", "short_answer"],
  ])("reads %s as %s", (block, type) => {
    expect(question(`::Q::Which summit?${block}`).type).toBe(type);
  });
});

describe("GIFT answer blocks: ordering", () => {
  it("reads Moodle's {>…} syntax: a settings line, then the items in the right order", () => {
    const read = question("::Order::Put the enlargements in order.{>3 ALL\nGreece and Turkey\n  Spain\nPoland\n#### From 1952 to 1999.}");
    expect(read).toMatchObject({ type: "ordering", explanation: "From 1952 to 1999.", items: [{ text: "Greece and Turkey" }, { text: "Spain" }, { text: "Poland" }] });
  });

  it("reports an ordering question with fewer than two items or with repeated items", () => {
    expect(parseGift("::Order::Put these in order.{>\nSpain\n}").problems).toEqual([{ line: 1, message: expect.stringContaining("at least two items") }]);
    expect(parseGift("::Order::Put these in order.{>\nSpain\nSpain\n}").problems).toEqual([{ line: 1, message: expect.stringContaining("same text") }]);
  });
});

describe("GIFT answer blocks: choices", () => {
  it("reads right (=), wrong (~), weights, feedback after # and per-answer format prefixes", () => {
    const read = question("::Q::Which body takes decisions by consensus?{=[html]The <b>NAC</b> # Right. ~The Military Committee#It advises. ~%25%SHAPE}");
    expect(read).toMatchObject({
      type: "single_choice",
      options: [
        { text: "The <b>NAC</b>", fraction: 1, feedback: "Right." },
        { text: "The Military Committee", fraction: 0, feedback: "It advises." },
        { text: "SHAPE", fraction: 0.25, feedback: "" },
      ],
    });
  });

  it("reads negative and decimal weights for multiple response, the decimal exactly as written", () => {
    const read = question("::Q::Which are nuclear-weapon states under the NPT?{~%33.33333%France ~%33.33333%UK ~%33.33334%USA ~%-100%Germany}");
    expect(read.type === "multiple_response" && read.options.map((option) => option.fraction)).toEqual([0.3333333, 0.3333333, 0.3333334, -1]);
  });

  it("gives the options keys that do not reveal which one is right", () => {
    const read = question("::Q::Pick one.{=Alpha ~Bravo ~Charlie}");
    expect(read.type === "single_choice" && read.options.map((option) => option.key)).toEqual(["o1", "o2", "o3"]);
  });

  it("keeps Moodle's reading of =%50% (a right answer whose text starts with %50%)", () => {
    const read = question("::Q::Odd weights.{=%50%half ~none}");
    expect(read.type === "single_choice" && read.options[0]).toMatchObject({ text: "%50%half", fraction: 1 });
  });

  it("needs at least two answers, and none empty", () => {
    expect(problem("::Q::Lonely.{~only}")).toBe("Line 1: a multiple-choice question needs at least two answers (=right, ~wrong).");
    expect(problem("::Q::Gap.{=one ~ ~two}")).toBe("Line 1: answer 2 of the multiple-choice question is empty.");
  });

  it("reports a weight PHP cannot divide (Moodle crashes on it)", () => {
    expect(problem("::Q::Bad weight.{~%--50%one ~two}")).toBe('Line 1: the weight of answer 1 ("%--50%one") is not a number.');
  });

  it("reports a weight beyond 100%", () => {
    expect(problem("::Q::Too much.{~%150%one ~two}")).toMatch(/answer 1 has a weight of 150%/);
  });
});

describe("GIFT answer blocks: short answer", () => {
  it("reads = answers, default 100%, weights, feedback and the * wildcard", () => {
    expect(question("::Q::Where is NATO HQ?{=Brussels =%50%Bruxelles#In French. =%0%*#No.}")).toMatchObject({
      type: "short_answer",
      answers: [
        { text: "Brussels", fraction: 1, feedback: "" },
        { text: "Bruxelles", fraction: 0.5, feedback: "In French." },
        { text: "*", fraction: 0, feedback: "No." },
      ],
    });
  });

  it("takes a block without = as one fully right answer", () => {
    expect(question("::Q::Capital of Estonia?{Tallinn}")).toMatchObject({ answers: [{ text: "Tallinn", fraction: 1 }] });
  });

  it("rejects a negative weight, which the engine cannot grade", () => {
    expect(problem("::Q::Penalty?{=Riga =%-50%Vilnius}")).toMatch(/answer 2 has a weight of -50%; short answers take 0% to 100%/);
  });
});

describe("GIFT answer blocks: numerical", () => {
  it("reads a:tolerance, min..max and plain answers, weights and feedback", () => {
    expect(question("::Q::Year of the Harmel Report?{#=1967:0#Yes. =%50%1965..1969#Close.}")).toMatchObject({
      type: "numerical",
      answers: [
        { value: 1967, tolerance: 0, fraction: 1, feedback: "Yes." },
        { value: 1967, tolerance: 2, fraction: 0.5, feedback: "Close." },
      ],
    });
  });

  it("turns a trailing ~ part into a catch-all answer worth nothing", () => {
    expect(question("::Q::How many allies in 2024?{#32~#Count the 2023 and 2024 accessions.}")).toMatchObject({
      answers: [
        { value: 32, tolerance: 0, fraction: 1 },
        { value: "*", tolerance: 0, fraction: 0, feedback: "Count the 2023 and 2024 accessions." },
      ],
    });
  });

  it("reports an answer that is not a number, where Moodle silently accepts any number", () => {
    expect(problem("::Q::Year?{#nineteen49}")).toBe('Line 1: answer 1 ("nineteen49") is not a number; write it like 42, 3.5 or 1e3.');
  });

  it("reports a bad tolerance, a bad range, a backwards range and a missing answer", () => {
    expect(problem("::Q::Year?{#1949:two}")).toBe('Line 1: the tolerance of answer 1 ("two") is not a number.');
    expect(problem("::Q::Year?{#1949..later}")).toMatch(/not a range of numbers like 1\.\.5/);
    expect(problem("::Q::Year?{#1953..1947}")).toMatch(/negative tolerance/);
    expect(problem("::Q::Year?{#~#no}")).toBe("Line 1: the numerical question has no answer after the #.");
  });
});

describe("GIFT answer blocks: true/false, matching and essay", () => {
  it("gives the first feedback to a wrong answer and the second to a right one", () => {
    expect(question("::Q::Sweden joined in 2024.{TRUE#It did.#Correct.}")).toMatchObject({ answer: true, feedbackTrue: "Correct.", feedbackFalse: "It did." });
    expect(question("::Q::Ireland is an ally.{FALSE#It is neutral.#Correct.}")).toMatchObject({ answer: false, feedbackTrue: "It is neutral.", feedbackFalse: "Correct." });
  });

  it("reads pairs, an empty prompt as a distractor, and prompts in their own format", () => {
    expect(question("::Q::Match.{=[html]<b>SACEUR</b> -> Mons =SACT -> Norfolk = -> Geneva}")).toMatchObject({
      type: "matching",
      pairs: [
        { id: "p1", prompt: "<b>SACEUR</b>", answer: "Mons" },
        { id: "p2", prompt: "SACT", answer: "Norfolk" },
      ],
      distractors: ["Geneva"],
    });
  });

  it("reports a malformed matching question", () => {
    expect(problem("::Q::Match.{=SACEUR -> Mons =SACT Norfolk}")).toBe('Line 1: "SACT Norfolk" is not a pair; write =prompt -> answer.');
    expect(problem("::Q::Match.{=SACEUR -> Mons}")).toMatch(/at least two pairs/);
    expect(problem("::Q::Match.{=SACEUR -> =SACT -> Norfolk}")).toBe('Line 1: the pair "SACEUR" has nothing after ->.');
  });

  it("reads an empty block as an essay, with its general feedback", () => {
    expect(question("::Q::Discuss burden sharing.{####Mention the Wales pledge.}")).toEqual({
      type: "essay",
      stem: "Discuss burden sharing.",
      explanation: "Mention the Wales pledge.",
    });
  });
});
