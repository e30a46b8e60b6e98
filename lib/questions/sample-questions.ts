import { questionSchema, type Question } from "./types";

/**
 * One question of each type for the tests. Everything a learner must not see before review
 * carries the word SECRET, so a test can look for it in anything sent to the browser.
 */
const question = <T extends Question["type"]>(fields: { type: T } & Record<string, unknown>) =>
  questionSchema.parse({ stem: `A ${fields.type} question?`, explanation: "SECRET explanation", ...fields }) as Extract<Question, { type: T }>;

export const samples = {
  singleChoice: question({
    type: "single_choice",
    options: [
      { key: "a", text: "Brussels", fraction: 0, feedback: "SECRET a is wrong" },
      { key: "b", text: "Washington", fraction: 1, feedback: "SECRET b is right" },
      { key: "c", text: "Vilnius", fraction: 0, feedback: "SECRET c is wrong" },
    ],
  }),
  multipleResponse: question({
    type: "multiple_response",
    options: [
      { key: "a", text: "Land", fraction: 0.5, feedback: "SECRET land" },
      { key: "b", text: "Cyberspace", fraction: 0.5, feedback: "SECRET cyber" },
      { key: "c", text: "Ocean floor", fraction: -0.5, feedback: "SECRET floor" },
      { key: "d", text: "Stratosphere", fraction: -0.5, feedback: "SECRET strato" },
    ],
  }),
  trueFalse: question({ type: "true_false", answer: true, feedbackTrue: "SECRET true", feedbackFalse: "SECRET false" }),
  shortAnswer: question({
    type: "short_answer",
    answers: [
      { text: "SECRET Article 5", fraction: 1, feedback: "SECRET exactly" },
      { text: "Art* 5", fraction: 0.5, feedback: "SECRET abbreviated" },
    ],
  }),
  numerical: question({
    type: "numerical",
    answers: [{ value: 8.25, tolerance: 0.5, fraction: 1, feedback: "SECRET close enough" }],
    unit: "million people",
  }),
  matching: question({
    type: "matching",
    pairs: [
      { id: "p1", prompt: "Article 4", answer: "Consultation" },
      { id: "p2", prompt: "Article 5", answer: "Collective defence" },
      { id: "p3", prompt: "Article 10", answer: "Enlargement" },
    ],
    distractors: ["Withdrawal"],
  }),
  ordering: question({
    type: "ordering",
    items: [
      { id: "i3", text: "Losses mount" },
      { id: "i2", text: "Discontent spreads" },
      { id: "i4", text: "Purges begin" },
      { id: "i1", text: "Arrests follow" },
    ],
  }),
  essay: question({
    type: "essay",
    modelAnswer: "SECRET model answer",
    rubric: {
      criteria: [
        {
          key: "argument",
          title: "Argument",
          levels: [
            { label: "weak", points: 0, description: "SECRET no claim" },
            { label: "strong", points: 4, description: "SECRET clear claim" },
          ],
        },
        {
          key: "evidence",
          title: "Evidence",
          levels: [
            { label: "none", points: 0, description: "SECRET nothing cited" },
            { label: "some", points: 1, description: "SECRET one paragraph" },
            { label: "full", points: 2, description: "SECRET several paragraphs" },
          ],
        },
      ],
    },
  }),
};
