import { describe, expect, it } from "vitest";
import { parseMoodleXml } from "./parse";
import { answer, question, quiz } from "./test-helpers";

const imported = (xml: string) => {
  const result = parseMoodleXml(quiz(xml));
  expect(result.problems).toEqual([]);
  return result.questions[0]!.question;
};
const rejection = (xml: string) => parseMoodleXml(quiz(xml)).problems.map((problem) => problem.message);

describe("parseMoodleXml: each question type", () => {
  it("multichoice with <single> true is single choice; percent grades become fractions; blank options go", () => {
    const body = `<single>true</single>${answer("100", "Article 5", "Right.")}${answer("0", "Article 4", "Consultation.")}${answer("0", "  ")}`;
    expect(imported(question("multichoice", "A5", "Which article?", body))).toMatchObject({
      type: "single_choice",
      shuffle: false,
      options: [
        { text: "Article 5", fraction: 1, feedback: "Right." },
        { text: "Article 4", fraction: 0, feedback: "Consultation." },
      ],
    });
  });

  it("multichoice with <single> false is multiple response, keeping penalties and Moodle's seven decimals", () => {
    const body = `<single>false</single><shuffleanswers>true</shuffleanswers>${answer("33.33333", "Norway")}${answer("66.66667", "Denmark")}${answer("-100", "Austria")}`;
    const result = imported(question("multichoice", "Founders", "Which founded NATO?", body));
    expect(result).toMatchObject({ type: "multiple_response", shuffle: true });
    expect(result.type === "multiple_response" && result.options.map((option) => option.fraction)).toEqual([0.3333333, 0.6666667, -1]);
  });

  it("imports a grade Moodle's editor does not offer as written, with a warning", () => {
    const result = parseMoodleXml(quiz(question("multichoice", "Odd", "Pick.", `<single>false</single>${answer("33", "Norway")}${answer("67", "Italy")}`)));
    expect(result.questions[0]!.question).toMatchObject({ options: [{ fraction: 0.33 }, { fraction: 0.67 }] });
    expect(result.problems[0]!.message).toMatch(/^Question 'Odd': the grade 33% \("Norway"\), 67% \("Italy"\) is not one Moodle offers/);
  });

  it("rejects grades that are no number or out of range, and choices with fewer than two options", () => {
    expect(rejection(question("multichoice", "Word", "Pick.", `${answer("lots", "A")}${answer("0", "B")}`))[0]).toMatch(/grade "lots", which is not a number/);
    expect(rejection(question("multichoice", "High", "Pick.", `${answer("150", "A")}${answer("0", "B")}`))[0]).toMatch(/grade 150%; grades must lie between -100% and 100%/);
    expect(rejection(question("multichoice", "Lonely", "Pick.", answer("100", "A")))).toEqual(["Question 'Lonely' was not imported: it has only one answer; a choice needs at least two."]);
    expect(rejection(question("multichoice", "Capital", "Pick."))).toEqual(["Question 'Capital' was not imported: it has no answers."]);
  });

  it("truefalse takes the right answer and both feedbacks from the answers labelled true and false", () => {
    const body = `${answer("0", "false", "Wrong: it can.")}${answer("100", "true", "Right.")}`;
    expect(imported(question("truefalse", "Cyber Art. 5", "A cyber attack can trigger Article 5.", body))).toEqual({
      type: "true_false",
      stem: "A cyber attack can trigger Article 5.",
      explanation: "",
      answer: true,
      feedbackTrue: "Right.",
      feedbackFalse: "Wrong: it can.",
    });
    const falseRight = imported(question("truefalse", "F", "Sweden joined in 1995.", `${answer("0", "true")}${answer("100", "false")}`));
    expect(falseRight).toMatchObject({ answer: false });
  });

  it("shortanswer keeps wildcards and reads <usecase>", () => {
    const body = `<usecase>1</usecase>${answer("100", "SACEUR", "Yes.")}${answer("50", "Supreme*")}${answer("0", "*", "No.")}`;
    expect(imported(question("shortanswer", "Commander", "Who commands Allied Command Operations (acronym)?", body))).toEqual({
      type: "short_answer",
      stem: "Who commands Allied Command Operations (acronym)?",
      explanation: "",
      answers: [
        { text: "SACEUR", fraction: 1, feedback: "Yes." },
        { text: "Supreme*", fraction: 0.5, feedback: "" },
        { text: "*", fraction: 0, feedback: "No." },
      ],
      caseSensitive: true,
    });
    expect(rejection(question("shortanswer", "Negative", "Name it.", answer("-50", "x")))[0]).toMatch(/grades must lie between 0% and 100%/);
  });

  it("numerical reads values, tolerances (empty is 0), the catch-all * and the base unit", () => {
    const units = `<units><unit><multiplier>1</multiplier><unit_name>km</unit_name></unit><unit><multiplier>1000</multiplier><unit_name>m</unit_name></unit></units>`;
    const body = `${answer("100", "5500", "Yes.", "<tolerance>-50</tolerance>")}${answer("0", "*", "No.", "<tolerance></tolerance>")}${units}`;
    const result = parseMoodleXml(quiz(question("numerical", "INF range", "Upper range limit of the INF Treaty, in km?", body)));
    expect(result.questions[0]!.question).toMatchObject({
      type: "numerical",
      answers: [
        { value: 5500, tolerance: 50, fraction: 1, feedback: "Yes." },
        { value: "*", tolerance: 0, fraction: 0, feedback: "No." },
      ],
      unit: "km",
    });
    expect(result.problems[0]!.message).toMatch(/only its unit "km" was kept; answers given in "m" will not be accepted/);
    expect(rejection(question("numerical", "Words", "How many?", answer("100", "twelve")))[0]).toMatch(/"twelve" on line 3 is not a number/);
    expect(rejection(question("numerical", "Tol", "How many?", answer("100", "12", "", "<tolerance>some</tolerance>")))[0]).toMatch(/tolerance "some"/);
  });

  it("numerical reads the old <fraction> element, which holds the fraction itself", () => {
    const result = imported(question("numerical", "Old", "Members in 1949?", `<answer><text>12</text><fraction>0.5</fraction></answer>`));
    expect(result).toMatchObject({ answers: [{ value: 12, fraction: 0.5 }] });
  });

  it("matching pairs subquestions with their answers; an empty prompt is a distractor", () => {
    const sub = (prompt: string, match: string) => `<subquestion><text>${prompt}</text><answer><text>${match}</text></answer></subquestion>`;
    const body = `<shuffleanswers>false</shuffleanswers>${sub("SHAPE", "Mons")}${sub("JFC Brunssum", "Netherlands")}${sub("", "Geneva")}${sub("", "")}`;
    expect(imported(question("matching", "Commands", "Match each command to its seat.", body))).toMatchObject({
      type: "matching",
      pairs: [
        { id: "p1", prompt: "SHAPE", answer: "Mons" },
        { id: "p2", prompt: "JFC Brunssum", answer: "Netherlands" },
      ],
      distractors: ["Geneva"],
      shuffle: false,
    });
    expect(rejection(question("match", "Half", "Match.", sub("SHAPE", "")))[0]).toMatch(/prompt "SHAPE" on line 3 has no answer to match/);
  });

  it("ordering takes the answers in file order as the right order, with ids that do not reveal it", () => {
    const body = ["Treaty signed", "Greece and Turkey join", "West Germany joins"].map((text, i) => `<answer fraction="${i + 1}"><text>${text}</text></answer>`).join("");
    const result = imported(question("ordering", "Early years", "Order these events.", body));
    expect(result.type === "ordering" && result.items.map((item) => item.text)).toEqual(["Treaty signed", "Greece and Turkey join", "West Germany joins"]);
    expect(result.type === "ordering" && result.items.map((item) => item.id)).toEqual(["i2", "i1", "i3"]);
    expect(rejection(question("ordering", "Short", "Order.", "<answer><text>Only</text></answer>"))[0]).toMatch(/fewer than two items/);
  });

  it("essay keeps the information for graders as the model answer and warns about a response template", () => {
    const body = `<graderinfo format="html"><text>Mention burden sharing.</text></graderinfo><responsetemplate><text>Start here</text></responsetemplate>`;
    const result = parseMoodleXml(quiz(question("essay", "Burden", "Discuss the 2% guideline.", body)));
    expect(result.questions[0]!.question).toEqual({ type: "essay", stem: "Discuss the 2% guideline.", explanation: "", modelAnswer: "Mention burden sharing." });
    expect(result.problems[0]!.message).toMatch(/response template/);
  });

  it("reads the all-or-nothing plugin's type as an all-or-nothing multiple response", () => {
    const result = imported(question("multichoiceset", "AON", "Which are nuclear-weapon states?", `${answer("50", "France")}${answer("50", "UK")}${answer("0", "Italy")}`));
    expect(result).toMatchObject({ type: "multiple_response", allOrNothing: true });
  });
});
